package io.migrate;

import io.migrate.graph.Direction;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The Flask-Migrate tutorial, end to end on a real SQLite file. */
class TutorialTests {

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
	void upgradeToHeadAppliesTheFourRevisionsInOrder() {
		MigrationResult result = this.migrator.upgrade("head");

		assertThat(result.from()).isEmpty();
		assertThat(result.to()).containsExactly("76f31678b786");
		assertThat(result.steps()).extracting(StepResult::revision)
			.containsExactly("15537423c56d", "51f20aa4768b", "1694ecedb24d", "76f31678b786");
		assertThat(this.db.tables()).containsExactly("departments", "employees", "migrate_history", "migrate_version");
		assertThat(this.db.columns("departments")).containsExactly("id", "name", "location");
	}

	@Test
	void downgradeOneStepBringsAddressBackWithItsData() {
		this.migrator.upgrade("head");
		this.db.execute("INSERT INTO departments (id, name, location) VALUES (1, 'Sales', 'Riverside 1')");

		MigrationResult result = this.migrator.downgrade("-1");

		assertThat(result.to()).containsExactly("1694ecedb24d");
		assertThat(this.db.columns("departments")).containsExactly("id", "name", "address");
		assertThat(this.db.query("SELECT name, address FROM departments")).containsExactly(List.of("Sales", "Riverside 1"));
	}

	@Test
	void downgradeToBaseLeavesOnlyTheMigrationTables() {
		this.migrator.upgrade("head");

		MigrationResult result = this.migrator.downgrade("base");

		assertThat(result.steps()).extracting(StepResult::revision)
			.containsExactly("76f31678b786", "1694ecedb24d", "51f20aa4768b", "15537423c56d");
		assertThat(this.db.tables()).containsExactly("migrate_history", "migrate_version");
		assertThat(this.migrator.current()).isEmpty();
	}

	@Test
	void upgradeAtHeadDoesNothing() {
		this.migrator.upgrade("head");

		MigrationResult again = this.migrator.upgrade("head");

		assertThat(again.steps()).isEmpty();
		assertThat(again.from()).containsExactly("76f31678b786");
	}

	@Test
	void historyTableRecordsEachStepNewestFirst() {
		this.migrator.upgrade("head");
		this.migrator.downgrade("-1");

		List<HistoryEntry> history = this.migrator.appliedHistory(10);

		assertThat(history).hasSize(5);
		HistoryEntry newest = history.get(0);
		assertThat(newest.revision()).isEqualTo("76f31678b786");
		assertThat(newest.direction()).isEqualTo("downgrade");
		assertThat(newest.versionsBefore()).containsExactly("76f31678b786");
		assertThat(newest.versionsAfter()).containsExactly("1694ecedb24d");
		assertThat(newest.message()).isEqualTo("rename address");
		assertThat(newest.checksum()).startsWith("sha256-lf:");
		assertThat(newest.success()).isTrue();
		assertThat(newest.appliedAt()).isNotNull();
		assertThat(newest.appliedBy()).isNotBlank();
		assertThat(history.get(4).direction()).isEqualTo("upgrade");
		assertThat(history.get(4).versionsBefore()).isEmpty();
	}

	@Test
	void appliedByNamesTheGivenPrincipal() {
		this.migrator.withAppliedBy("alice").upgrade("+1");

		assertThat(this.migrator.appliedHistory(1).get(0).appliedBy()).isEqualTo("alice");
	}

	@Test
	void relativeUpgradeAppliesThatManyRevisions() {
		MigrationResult result = this.migrator.upgrade("+2");

		assertThat(result.to()).containsExactly("51f20aa4768b");
		assertThat(this.db.tables()).contains("department");
	}

	@Test
	void partialIdsResolve() {
		this.migrator.upgrade("1694e");

		assertThat(this.migrator.current()).containsExactly("1694ecedb24d");
	}

	@Test
	void currentNeverCreatesTheTables() {
		assertThat(this.migrator.current()).isEmpty();
		assertThat(this.db.tables()).isEmpty();
	}

	@Test
	void listenerHearsEachStepAsItCompletes() {
		List<StepResult> heard = new java.util.ArrayList<>();
		Migrator listening = Migrator.create(this.db.config().listener(heard::add).build());

		listening.upgrade("head");

		assertThat(heard).extracting(StepResult::message)
			.containsExactly("Initial migration", "add Department", "rename department", "rename address");
		assertThat(heard).allSatisfy((step) -> assertThat(step.direction()).isEqualTo(Direction.UPGRADE));
	}

	@Test
	void stampSetsTheVersionWithoutRunningSql() {
		MigrationResult result = this.migrator.stamp(List.of("51f20aa4768b"), false);

		assertThat(result.to()).containsExactly("51f20aa4768b");
		assertThat(this.db.tables()).containsExactly("migrate_history", "migrate_version");
		assertThat(this.migrator.appliedHistory(1).get(0).direction()).isEqualTo("stamp");
		assertThat(this.migrator.appliedHistory(1).get(0).checksum()).isEmpty();
	}

	@Test
	void stampWithPurgeReplacesUnknownRows() {
		this.migrator.upgrade("head");
		this.db.execute("UPDATE migrate_version SET version_num = 'deadbeef0000'");

		MigrationResult result = this.migrator.stamp(List.of("head"), true);

		assertThat(result.from()).containsExactly("deadbeef0000");
		assertThat(this.migrator.current()).containsExactly("76f31678b786");
		List<HistoryEntry> history = this.migrator.appliedHistory(2);
		assertThat(history).extracting(HistoryEntry::direction).containsExactly("stamp", "stamp");
		assertThat(history.get(1).versionsBefore()).containsExactly("deadbeef0000");
		assertThat(history.get(1).versionsAfter()).isEmpty();
		assertThat(history.get(0).versionsAfter()).containsExactly("76f31678b786");
	}

	@Test
	void databaseAtAnUnknownRevisionIsRefused() {
		this.migrator.upgrade("head");
		this.db.execute("UPDATE migrate_version SET version_num = 'deadbeef0000'");

		MigrateExceptionAssert.assertFails(() -> this.migrator.upgrade("head"), MigrateException.Reason.UNKNOWN_REVISION)
			.hasMessageContaining("deadbeef0000");
	}

	@Test
	void checkIsOkAtHeadAndReportsPendingRevisionsBefore() {
		CheckResult before = this.migrator.check();
		this.migrator.upgrade("head");
		CheckResult after = this.migrator.check();

		assertThat(before.ok()).isFalse();
		assertThat(before.problems()).singleElement().asString().contains("4 revision(s) pending");
		assertThat(after.ok()).isTrue();
		assertThat(after.current()).containsExactly("76f31678b786");
		assertThat(after.heads()).containsExactly("76f31678b786");
	}

	@Test
	void historyListsRevisionsNewestFirstWithMarkers() {
		List<RevisionInfo> history = this.migrator.history(null);

		assertThat(history).extracting(RevisionInfo::id)
			.containsExactly("76f31678b786", "1694ecedb24d", "51f20aa4768b", "15537423c56d");
		assertThat(history.get(0).head()).isTrue();
		assertThat(history.get(0).created()).isEqualTo("2023-08-02T17:49:12Z");
	}

	@Test
	void historyRangeWithCurrentUsesTheDatabaseRows() {
		this.migrator.upgrade("51f20aa4768b");

		assertThat(this.migrator.history("current:")).extracting(RevisionInfo::id)
			.containsExactly("76f31678b786", "1694ecedb24d", "51f20aa4768b");
	}

	@Test
	void showCurrentNamesTheAppliedRevision() {
		this.migrator.upgrade("+1");

		assertThat(this.migrator.show("current")).extracting(RevisionInfo::message).containsExactly("Initial migration");
	}

	@Test
	void pendingListsWhatAnUpgradeWouldApply() {
		this.migrator.upgrade("+3");

		assertThat(this.migrator.pending("head")).extracting(RevisionInfo::id).containsExactly("76f31678b786");
	}

}
