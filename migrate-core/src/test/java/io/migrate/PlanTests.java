package io.migrate;

import io.migrate.MigrateException.Reason;
import io.migrate.graph.Direction;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.migrate.MigrateExceptionAssert.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

/** Dry runs, plan ids and offline scripts. */
class PlanTests {

	@TempDir
	Path temp;

	SqliteFixture db;

	Migrator migrator;

	@BeforeEach
	void setUp() {
		this.db = new SqliteFixture(this.temp).withTutorial();
		this.migrator = this.db.migrator();
	}

	@Test
	void dryRunListsStepsAndTheirSqlWithoutRunningThem() {
		this.migrator.upgrade("head");

		MigrationPlan plan = this.migrator.plan(Direction.DOWNGRADE, "-1");

		assertThat(plan.from()).containsExactly("76f31678b786");
		assertThat(plan.to()).containsExactly("1694ecedb24d");
		assertThat(plan.steps()).singleElement().satisfies((step) -> {
			assertThat(step.revision()).isEqualTo("76f31678b786");
			assertThat(step.sql()).containsExactly("ALTER TABLE departments RENAME COLUMN location TO address");
		});
		assertThat(plan.planId()).hasSize(16);
		assertThat(this.db.columns("departments")).contains("location");
	}

	@Test
	void planIdRunsThePlanOnceAndRefusesItAfterwards() {
		this.migrator.upgrade("head");
		String planId = this.migrator.plan(Direction.DOWNGRADE, "-1").planId();

		this.migrator.downgrade("-1", planId);

		assertFails(() -> this.migrator.downgrade("-1", planId), Reason.PLAN_CHANGED).hasMessageContaining(planId);
		assertThat(this.migrator.current()).containsExactly("1694ecedb24d");
	}

	@Test
	void samePlanHasTheSameId() {
		assertThat(this.migrator.plan(Direction.UPGRADE, "head").planId())
			.isEqualTo(this.migrator.plan(Direction.UPGRADE, "head").planId());
	}

	@Test
	void offlineUpgradeFromBaseCreatesTheTablesAndRecordsEachStep() {
		Migrator offline = Migrator.create(
				MigrateConfig.builder().locations(List.of(this.db.revisions.toString())).dialect("postgresql").build());

		String sql = offline.sql(Direction.UPGRADE, "head");

		assertThat(sql).contains("CREATE TABLE migrate_version")
			.contains("CONSTRAINT migrate_version_pkc PRIMARY KEY (version_num)")
			.contains("CREATE TABLE migrate_history")
			.contains("CREATE TABLE employees")
			.contains("INSERT INTO migrate_version (version_num) VALUES ('15537423c56d');")
			.contains("UPDATE migrate_version SET version_num = '76f31678b786' WHERE version_num = '1694ecedb24d';")
			.contains("BEGIN;")
			.contains("COMMIT;");
		assertThat(sql.indexOf("CREATE TABLE employees")).isLessThan(sql.indexOf("CREATE TABLE department ("));
	}

	@Test
	void offlineRangeStartsFromItsFirstRevision() {
		Migrator offline = Migrator.create(
				MigrateConfig.builder().locations(List.of(this.db.revisions.toString())).dialect("sqlite").build());

		String sql = offline.sql(Direction.DOWNGRADE, "76f31678b786:51f20aa4768b");

		assertThat(sql).doesNotContain("CREATE TABLE migrate_version")
			.contains("RENAME COLUMN location TO address")
			.contains("RENAME TO department;")
			.doesNotContain("DROP TABLE department");
	}

	@Test
	void offlineDowngradeWithoutARangeSaysHowToGiveOne() {
		Migrator offline = Migrator.create(
				MigrateConfig.builder().locations(List.of(this.db.revisions.toString())).dialect("sqlite").build());

		assertFails(() -> offline.sql(Direction.DOWNGRADE, "-1"), Reason.USAGE).hasMessageContaining("<from>:<to>");
	}

	@Test
	void offlineScriptWithAUrlStartsFromTheDatabase() {
		this.migrator.upgrade("+2");

		String sql = this.migrator.sql(Direction.UPGRADE, "head");

		assertThat(sql).doesNotContain("CREATE TABLE employees").contains("RENAME TO departments");
		assertThat(this.migrator.current()).containsExactly("51f20aa4768b");
	}

	@Test
	void offlineScriptWithoutDialectOrUrlAsksForOne() {
		Migrator offline = Migrator.create(MigrateConfig.builder().locations(List.of(this.db.revisions.toString())).build());

		assertFails(() -> offline.sql(Direction.UPGRADE, "head"), Reason.USAGE).hasMessageContaining("--dialect");
	}

}
