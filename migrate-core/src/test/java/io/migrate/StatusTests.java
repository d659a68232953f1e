package io.migrate;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** status: the database against a target, in one read. */
class StatusTests {

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
	void emptyDatabaseHasEveryRevisionPending() {
		MigrationStatus status = this.migrator.status("head");

		assertThat(status.current()).isEmpty();
		assertThat(status.pending()).extracting(RevisionInfo::id)
			.containsExactly("15537423c56d", "51f20aa4768b", "1694ecedb24d", "76f31678b786");
		assertThat(status.targetRevisions()).containsExactly("76f31678b786");
		assertThat(status.atTarget()).isFalse();
		assertThat(status.lastStep()).isNull();
		assertThat(this.db.tables()).isEmpty();
	}

	@Test
	void databaseAtTheTargetHasNothingPendingAndEverythingApplied() {
		this.migrator.upgrade("head");

		MigrationStatus status = this.migrator.status("head");

		assertThat(status.atTarget()).isTrue();
		assertThat(status.ahead()).isFalse();
		assertThat(status.applied()).containsExactlyInAnyOrder("15537423c56d", "51f20aa4768b", "1694ecedb24d",
				"76f31678b786");
		assertThat(status.lastStep().revision()).isEqualTo("76f31678b786");
		assertThat(status.revisions()).hasSize(4);
	}

	@Test
	void databaseBeyondTheTargetIsAhead() {
		this.migrator.upgrade("head");

		MigrationStatus status = this.migrator.status("51f20aa4768b");

		assertThat(status.pending()).isEmpty();
		assertThat(status.ahead()).isTrue();
	}

	@Test
	void relativeTargetIsNeverAhead() {
		this.migrator.upgrade("+2");

		MigrationStatus status = this.migrator.status("+1");

		assertThat(status.ahead()).isFalse();
		assertThat(status.targetRevisions()).isEmpty();
		assertThat(status.pending()).extracting(RevisionInfo::id).containsExactly("1694ecedb24d");
	}

	@Test
	void unknownRevisionInTheDatabaseIsReportedNotThrown() {
		this.migrator.upgrade("head");
		this.db.execute("UPDATE migrate_version SET version_num = 'fe11a5e0c0de'");

		MigrationStatus status = this.migrator.status("head");

		assertThat(status.unknown()).containsExactly("fe11a5e0c0de");
		assertThat(status.ahead()).isTrue();
		assertThat(status.atTarget()).isFalse();
		assertThat(status.pending()).isEmpty();
	}

	@Test
	void targetThatCannotBePlannedIsAProblemNotAnError() {
		this.db.revision("zz98", "1694ecedb24d", "", "");
		this.migrator.upgrade("1694ecedb24d");

		MigrationStatus status = this.migrator.status("head");

		assertThat(status.problem()).contains("Multiple head revisions");
		assertThat(status.atTarget()).isFalse();
		assertThat(status.applied()).contains("1694ecedb24d");
		assertThat(status.current()).containsExactly("1694ecedb24d");
	}

	@Test
	void failedLastStepIsReported() {
		this.db.revision("zz99", "76f31678b786", "SELEC 1;", "");
		catchThrowable(() -> this.migrator.upgrade("head"));

		MigrationStatus status = this.migrator.status("head");

		assertThat(status.lastStepFailed()).isTrue();
		assertThat(status.pending()).extracting(RevisionInfo::id).containsExactly("zz99");
	}

}
