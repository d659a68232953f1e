package io.migrate;

import io.migrate.MigrateException.Reason;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.migrate.MigrateExceptionAssert.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

/** Nothing runs until the whole plan is valid; a failure rolls back its revision and says where. */
class ValidationTests {

	@TempDir
	Path temp;

	SqliteFixture db;

	@BeforeEach
	void setUp() {
		this.db = new SqliteFixture(this.temp);
	}

	@Test
	void failingStatementRollsBackItsRevisionAndKeepsTheOnesBefore() {
		this.db.revision("a1", "", "CREATE TABLE one (id INTEGER);", "DROP TABLE one;");
		this.db.revision("b2", "a1", "CREATE TABLE two (id INTEGER);\nINSERT INTO nowhere VALUES (1);", "DROP TABLE two;");

		assertFails(() -> this.db.migrator().upgrade("head"), Reason.STATEMENT_FAILED)
			.hasMessageContaining("b2.sql")
			.hasMessageContaining("line 7")
			.hasMessageContaining("INSERT INTO nowhere VALUES (1)")
			.hasMessageContaining("no such table: nowhere")
			.hasMessageContaining("rolled back; the database is at a1");
		assertThat(this.db.tables()).doesNotContain("two").contains("one");
		assertThat(this.db.migrator().current()).containsExactly("a1");
	}

	@Test
	void failedStepIsRecordedInTheHistory() {
		this.db.revision("a1", "", "CREATE TABLE one (id INTEGER);\nSELEC 1;", "DROP TABLE one;");

		assertFails(() -> this.db.migrator().upgrade("head"), Reason.STATEMENT_FAILED);

		HistoryEntry failed = this.db.migrator().appliedHistory(1).get(0);
		assertThat(failed.success()).isFalse();
		assertThat(failed.revision()).isEqualTo("a1");
		assertThat(failed.error()).contains("syntax error");
		assertThat(failed.versionsAfter()).isEmpty();
		assertThat(this.db.migrator().check().problems()).anyMatch((problem) -> problem.contains("The last step failed"));
	}

	@Test
	void editedAppliedRevisionIsRefusedBeforeAnythingRuns() throws IOException {
		Path file = this.db.revision("a1", "", "CREATE TABLE one (id INTEGER);", "DROP TABLE one;");
		this.db.migrator().upgrade("head");
		Files.writeString(file, Files.readString(file).replace("id INTEGER", "id BIGINT"));
		this.db.revision("b2", "a1", "CREATE TABLE two (id INTEGER);", "DROP TABLE two;");

		assertFails(() -> this.db.migrator().upgrade("head"), Reason.CHECKSUM_MISMATCH).hasMessageContaining("a1.sql")
			.hasMessageContaining("sha256-lf:");
		assertThat(this.db.tables()).doesNotContain("two");
	}

	@Test
	void editedAppliedRevisionIsAcceptedWhenValidationIsOff() throws IOException {
		Path file = this.db.revision("a1", "", "CREATE TABLE one (id INTEGER);", "DROP TABLE one;");
		this.db.migrator().upgrade("head");
		Files.writeString(file, Files.readString(file) + "\n-- a comment\n");

		Migrator lenient = Migrator.create(this.db.config().validateChecksums(false).build());

		assertThat(lenient.upgrade("head").steps()).isEmpty();
	}

	@Test
	void crlfCopyOfAnAppliedRevisionStillValidates() throws IOException {
		Path file = this.db.revision("a1", "", "CREATE TABLE one (id INTEGER);", "DROP TABLE one;");
		this.db.migrator().upgrade("head");
		Files.writeString(file, "\uFEFF" + Files.readString(file).replace("\n", "\r\n"));

		assertThat(this.db.migrator().upgrade("head").steps()).isEmpty();
		assertThat(this.db.migrator().check().ok()).isTrue();
	}

	@Test
	void downgradeThroughAnIrreversibleRevisionIsRefusedBeforeAnythingRuns() {
		this.db.revision("a1", "", "CREATE TABLE one (id INTEGER);", null);
		this.db.revision("b2", "a1", "CREATE TABLE two (id INTEGER);", "DROP TABLE two;");
		this.db.migrator().upgrade("head");

		assertFails(() -> this.db.migrator().downgrade("base"), Reason.IRREVERSIBLE).hasMessageContaining("a1")
			.hasMessageContaining("a1.sql");
		assertThat(this.db.tables()).contains("one", "two");
		assertThat(this.db.migrator().current()).containsExactly("b2");
	}

	@Test
	void emptyDowngradeSectionIsAnExplicitNoOp() {
		this.db.revision("a1", "", "CREATE TABLE one (id INTEGER);", "");
		this.db.migrator().upgrade("head");

		this.db.migrator().downgrade("base");

		assertThat(this.db.tables()).contains("one");
		assertThat(this.db.migrator().current()).isEmpty();
	}

	@Test
	void multipleHeadsNameTheHeadsAndTheWaysOut() {
		this.db.revision("a1", "", "", "");
		this.db.revision("b1", "a1", "", "");
		this.db.revision("c1", "a1", "", "");

		assertFails(() -> this.db.migrator().upgrade("head"), Reason.BAD_TARGET).hasMessageContaining("b1, c1")
			.hasMessageContaining("'heads'")
			.hasMessageContaining("merge heads");
		assertThat(this.db.tables()).isEmpty();
	}

	@Test
	void unknownTargetIsRefusedWithItsName() {
		this.db.revision("a1", "", "", "");

		assertFails(() -> this.db.migrator().upgrade("zzzz"), Reason.BAD_TARGET)
			.hasMessageContaining("Can't locate revision identified by 'zzzz'");
		assertThat(this.db.tables()).isEmpty();
	}

	@Test
	void rangeIsRefusedOutsideOfflineScripts() {
		this.db.revision("a1", "", "", "");

		assertFails(() -> this.db.migrator().upgrade("base:a1"), Reason.BAD_TARGET)
			.hasMessageContaining("Range revision not allowed");
	}

	@Test
	void malformedRevisionFileIsNamedWithItsLine() {
		this.db.write("bad.sql", "-- Revision: a1\n-- Colour: blue\n-- migrate:upgrade\nSELECT 1;\n");

		assertFails(() -> this.db.migrator().upgrade("head"), Reason.INVALID_REVISIONS).hasMessageContaining("bad.sql:2");
	}

	@Test
	void missingParentIsNamedWithItsFile() {
		this.db.revision("a1", "zz", "", "");

		assertFails(() -> this.db.migrator().upgrade("head"), Reason.INVALID_REVISIONS).hasMessageContaining("zz")
			.hasMessageContaining("a1.sql");
	}

	@Test
	void noDatabaseConfiguredSaysHowToGiveOne() {
		this.db.revision("a1", "", "", "");
		Migrator offline = Migrator.create(MigrateConfig.builder().locations(List.of(this.db.revisions.toString())).build());

		assertFails(offline::current, Reason.USAGE).hasMessageContaining("JDBC URL");
	}

}
