package io.migrate.cli;

import io.migrate.databases.TestDatabase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Separate {@code migrate} processes started at the same moment against one database: each
 * revision runs exactly once, a non-transactional {@code CREATE INDEX CONCURRENTLY} completes
 * while others wait, and a process killed with {@code kill -9} leaves no stale lock.
 */
class ConcurrentProcessesIT {

	@TempDir
	Path temp;

	TestDatabase db;

	Path revisions;

	// H2 is embedded: processes can share a file only through its AUTO_SERVER election, which
	// refuses opens while several processes start at once ("Lock file recently modified").
	static List<String> kinds() {
		return TestDatabase.kinds().stream().filter((kind) -> !kind.equals("h2")).toList();
	}

	@AfterEach
	void close() {
		if (this.db != null) {
			this.db.close();
		}
	}

	private void open(String kind) throws IOException {
		this.db = TestDatabase.create(kind, this.temp);
		this.revisions = Files.createDirectories(this.temp.resolve("revisions"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void sixProcessesStartingAtOnceApplyEachRevisionOnce(String kind) throws Exception {
		open(kind);
		revision("r01", "", false, "CREATE TABLE runs (revision VARCHAR(8) NOT NULL)", "INSERT INTO runs VALUES ('r01')");
		for (int i = 2; i <= 30; i++) {
			revision(id(i), id(i - 1), false, "CREATE TABLE t" + i + " (id INTEGER)",
					"INSERT INTO runs VALUES ('" + id(i) + "')");
		}

		List<Process> processes = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			processes.add(migrate("upgrade", "head"));
		}

		for (Process process : processes) {
			assertExitsZero(process, 300);
		}
		assertThat(this.db.query("SELECT count(*), count(DISTINCT revision) FROM runs")).containsExactly(List.of("30", "30"));
		assertThat(this.db.query("SELECT version_num FROM migrate_version")).containsExactly(List.of("r30"));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = "postgresql")
	void createIndexConcurrentlyCompletesWhileThreeProcessesWait(String kind) throws Exception {
		open(kind);
		revision("c0", "", false, "CREATE TABLE big (id INTEGER NOT NULL, v VARCHAR(40))", "SELECT pg_sleep(2)");
		revision("c1", "c0", false,
				"INSERT INTO big SELECT g, md5(g::text) FROM generate_series(1, 200000) g");
		revision("c2", "c1", true, "CREATE INDEX CONCURRENTLY big_v ON big (v)");

		List<Process> processes = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			processes.add(migrate("upgrade", "head"));
		}

		for (Process process : processes) {
			assertExitsZero(process, 300);
		}
		assertThat(this.db.query("SELECT indisvalid FROM pg_index WHERE indexrelid = 'big_v'::regclass"))
			.containsExactly(List.of("t"));
		assertThat(this.db.query("SELECT version_num FROM migrate_version")).containsExactly(List.of("c2"));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "sqlite", "postgresql" })
	void killedProcessLeavesNoStaleLockAndTheLastCompletedRevision(String kind) throws Exception {
		open(kind);
		revision("r01", "", false, "CREATE TABLE runs (revision VARCHAR(8) NOT NULL)", "INSERT INTO runs VALUES ('r01')");
		for (int i = 2; i <= 10; i++) {
			revision(id(i), id(i - 1), false, "INSERT INTO runs VALUES ('" + id(i) + "')");
		}
		String slow = kind.equals("postgresql") ? "SELECT pg_sleep(5)"
				: "WITH RECURSIVE c(x) AS (VALUES (1) UNION ALL SELECT x + 1 FROM c WHERE x < 100000000) SELECT count(*) FROM c";
		revision("r11", "r10", false, "CREATE TABLE t11 (id INTEGER)", "INSERT INTO runs VALUES ('r11')", slow);
		revision("r12", "r11", false, "INSERT INTO runs VALUES ('r12')");

		Process victim = migrate("upgrade", "head");
		waitForVersion("r10", victim);
		Thread.sleep(300);
		victim.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

		assertThat(this.db.query("SELECT version_num FROM migrate_version")).containsExactly(List.of("r10"));
		assertThat(this.db.tables()).doesNotContain("t11");
		assertExitsZero(migrate("--lock-timeout", "PT2M", "upgrade", "head"), 180);
		assertThat(this.db.query("SELECT count(*), count(DISTINCT revision) FROM runs")).containsExactly(List.of("12", "12"));
		assertThat(this.db.query("SELECT version_num FROM migrate_version")).containsExactly(List.of("r12"));
	}

	private Process migrate(String... command) throws IOException {
		List<String> args = new ArrayList<>(List.of("--url", this.db.url(), "--location", this.revisions.toString()));
		args.addAll(List.of(command));
		return MigrateProcess.start(this.temp, args.toArray(String[]::new));
	}

	private void waitForVersion(String version, Process process) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline && process.isAlive()) {
			try {
				if (this.db.query("SELECT version_num FROM migrate_version").contains(List.of(version))) {
					return;
				}
			}
			catch (IllegalStateException ex) {
				// the tables are not there yet, or the database is busy
			}
			Thread.sleep(20);
		}
		throw new AssertionError("the migration never reached " + version + "; alive: " + process.isAlive());
	}

	private static void assertExitsZero(Process process, int seconds) throws Exception {
		boolean exited = process.waitFor(seconds, TimeUnit.SECONDS);
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(exited).as("exited within %d s: %s", seconds, output).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
	}

	private static String id(int i) {
		return String.format("r%02d", i);
	}

	private void revision(String id, String revises, boolean nonTransactional, String... upgrade) throws IOException {
		String header = "-- Revision: " + id + "\n-- Revises: " + revises + "\n"
				+ (nonTransactional ? "-- Transactional: false\n" : "");
		Files.writeString(this.revisions.resolve(id + ".sql"),
				header + "\n-- migrate:upgrade\n" + String.join(";\n", upgrade) + ";\n");
	}

}
