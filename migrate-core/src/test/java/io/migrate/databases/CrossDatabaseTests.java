package io.migrate.databases;

import io.migrate.HistoryEntry;
import io.migrate.MigrateConfig;
import io.migrate.MigrateException;
import io.migrate.MigrationResult;
import io.migrate.Migrator;
import io.migrate.StepResult;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The same end-to-end scenarios on SQLite, H2, PostgreSQL and MariaDB. */
class CrossDatabaseTests {

	@TempDir
	Path temp;

	TestDatabase db;

	Path revisions;

	static List<String> kinds() {
		return TestDatabase.kinds();
	}

	void open(String kind) throws IOException {
		this.db = TestDatabase.create(kind, this.temp);
		this.revisions = Files.createDirectories(this.temp.resolve("revisions"));
	}

	@AfterEach
	void close() {
		if (this.db != null) {
			this.db.close();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void tutorialRoundTripKeepsTheData(String kind) throws IOException {
		open(kind);
		copyTutorial();
		Migrator migrator = this.db.migrator(this.revisions);

		migrator.upgrade("head");
		this.db.execute("INSERT INTO departments (id, name, location) VALUES (1, 'Sales', 'Riverside 1')");
		migrator.downgrade("-1");

		assertThat(this.db.columns("departments")).containsExactly("id", "name", "address");
		assertThat(this.db.query("SELECT name, address FROM departments")).containsExactly(List.of("Sales", "Riverside 1"));
		assertThat(migrator.upgrade("head").to()).containsExactly("76f31678b786");
		migrator.downgrade("base");
		assertThat(this.db.tables()).containsExactly("migrate_history", "migrate_version");
		assertThat(migrator.appliedHistory(100)).hasSize(10).allMatch(HistoryEntry::success);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void failureIsRecordedAndSaysWhatStayedApplied(String kind) throws IOException {
		open(kind);
		revision("a1", "", "CREATE TABLE one (id INTEGER)", "DROP TABLE one");
		revision("b2", "a1", "CREATE TABLE two (id INTEGER);\nINSERT INTO nowhere VALUES (1)", "DROP TABLE two");
		Migrator migrator = this.db.migrator(this.revisions);

		assertThatThrownBy(() -> migrator.upgrade("head")).isInstanceOf(MigrateException.class)
			.hasMessageContaining("b2.sql")
			.hasMessageContaining("INSERT INTO nowhere")
			.hasMessageContaining(this.db.transactionalDdl() ? "was rolled back" : "stay applied");

		assertThat(migrator.current()).containsExactly("a1");
		assertThat(this.db.tables().contains("two")).isEqualTo(!this.db.transactionalDdl());
		assertThat(migrator.appliedHistory(1).get(0).success()).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void stampChangesOnlyTheVersionTable(String kind) throws IOException {
		open(kind);
		copyTutorial();
		Migrator migrator = this.db.migrator(this.revisions);

		migrator.stamp(List.of("head"), false);

		assertThat(migrator.current()).containsExactly("76f31678b786");
		assertThat(this.db.tables()).containsExactly("migrate_history", "migrate_version");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void branchesUpgradeTogetherAndAMergeJoinsThem(String kind) throws IOException {
		open(kind);
		revision("a1", "", "CREATE TABLE a (id INTEGER)", "DROP TABLE a");
		revision("b1", "a1", "CREATE TABLE b (id INTEGER)", "DROP TABLE b");
		revision("c1", "a1", "CREATE TABLE c (id INTEGER)", "DROP TABLE c");
		Migrator migrator = this.db.migrator(this.revisions);

		assertThat(migrator.upgrade("heads").to()).containsExactly("b1", "c1");
		revision("m1", "b1, c1", "", "");
		MigrationResult merged = migrator.upgrade("head");
		assertThat(merged.steps()).extracting(StepResult::revision).containsExactly("m1");
		assertThat(migrator.current()).containsExactly("m1");
		assertThatThrownBy(() -> migrator.downgrade("-1")).hasMessageContaining("Ambiguous walk");
		assertThat(migrator.downgrade("b1").to()).containsExactly("b1", "c1");
		assertThat(migrator.downgrade("c1@a1").to()).containsExactly("b1");
		assertThat(this.db.tables()).contains("a", "b").doesNotContain("c");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void concurrentMigratorsApplyEachRevisionOnce(String kind) throws Exception {
		open(kind);
		String parent = "";
		for (int i = 1; i <= 10; i++) {
			revision("r" + i, parent, "CREATE TABLE t" + i + " (id INTEGER)", "DROP TABLE t" + i);
			parent = "r" + i;
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<MigrationResult>> runs = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				runs.add(pool.submit(() -> this.db.migrator(this.revisions).upgrade("head")));
			}
			int steps = 0;
			for (Future<MigrationResult> run : runs) {
				steps += run.get().steps().size();
			}
			assertThat(steps).isEqualTo(10);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.db.migrator(this.revisions).appliedHistory(100)).hasSize(10);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void lockTimeoutNamesTheHolder(String kind) throws Exception {
		open(kind);
		revision("a1", "", "CREATE TABLE one (id INTEGER)", "DROP TABLE one");
		MigrateConfig config = this.db.config(this.revisions).lockTimeout(Duration.ofMillis(300)).build();
		try (var holder = io.migrate.runtime.DatabaseSession.open(this.db.connections(), null, "migrate_version",
				"migrate_history")) {
			holder.lock(Duration.ZERO);

			assertThatThrownBy(() -> Migrator.create(config).upgrade("head")).isInstanceOf(MigrateException.class)
				.hasMessageContaining("Another migration holds the migration lock")
				.hasMessageContaining(switch (kind) {
					case "postgresql" -> "application 'migrate-tests'";
					case "mariadb" -> "connection ";
					default -> "held by";
				})
				.satisfies((ex) -> assertThat(((MigrateException) ex).reason()).isEqualTo(MigrateException.Reason.LOCKED));
		}
		assertThat(Migrator.create(config).upgrade("head").steps()).hasSize(1);
	}

	private void copyTutorial() throws IOException {
		for (String name : List.of("15537423c56d_initial_migration.sql", "51f20aa4768b_add_department.sql",
				"1694ecedb24d_rename_department.sql", "76f31678b786_rename_address.sql")) {
			try (InputStream in = CrossDatabaseTests.class.getResourceAsStream("/tutorial/" + name)) {
				Files.write(this.revisions.resolve(name), in.readAllBytes());
			}
		}
	}

	private void revision(String id, String revises, String upgrade, String downgrade) throws IOException {
		Files.writeString(this.revisions.resolve(id + ".sql"), "-- Revision: " + id + "\n-- Revises: " + revises
				+ "\n\n-- migrate:upgrade\n" + upgrade + ";\n\n-- migrate:downgrade\n" + downgrade + ";\n");
	}

}
