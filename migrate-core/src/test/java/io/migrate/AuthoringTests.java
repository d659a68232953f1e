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

/** init, revision and merge write revision files that the engine reads back. */
class AuthoringTests {

	@TempDir
	Path temp;

	SqliteFixture db;

	@BeforeEach
	void setUp() {
		this.db = new SqliteFixture(this.temp);
	}

	@Test
	void initCreatesTheFolder() {
		Path folder = this.temp.resolve("new/revisions");
		Migrator migrator = Migrator.create(MigrateConfig.builder().locations(List.of(folder.toString())).build());

		assertThat(migrator.init()).isEqualTo(folder);
		assertThat(folder).isDirectory();
	}

	@Test
	void initRefusesAFolderThatHasRevisions() {
		this.db.revision("a1", "", "", "");

		assertFails(() -> this.db.migrator().init(), Reason.USAGE).hasMessageContaining("not empty");
	}

	@Test
	void revisionRevisesTheHeadAndIsNamedAfterItsMessage() throws IOException {
		this.db.revision("a1", "", "", "");

		CreatedRevision created = this.db.migrator().revision(NewRevision.of("Add Department"));

		assertThat(created.path().getFileName().toString()).matches("[0-9a-f]{12}_add_department\\.sql");
		assertThat(created.revision().revises()).containsExactly("a1");
		assertThat(Files.readString(created.path())).contains("-- Revises: a1").contains("-- Message: Add Department");
		assertThat(this.db.migrator().heads()).extracting(RevisionInfo::id).containsExactly(created.revision().id());
	}

	@Test
	void firstRevisionIsABase() {
		CreatedRevision created = this.db.migrator().revision(new NewRevision("start", "0001", List.of(), false, List.of(), List.of()));

		assertThat(created.revision().id()).isEqualTo("0001");
		assertThat(created.revision().revises()).isEmpty();
		assertThat(this.db.migrator().revisions()).extracting(RevisionInfo::id).containsExactly("0001");
	}

	@Test
	void revisionWithSeveralHeadsAsksForAHeadOrAMerge() {
		this.db.revision("a1", "", "", "");
		this.db.revision("b1", "a1", "", "");
		this.db.revision("c1", "a1", "", "");

		assertFails(() -> this.db.migrator().revision(NewRevision.of("more")), Reason.BAD_TARGET)
			.hasMessageContaining("b1, c1");
	}

	@Test
	void mergeJoinsTheHeads() {
		this.db.revision("a1", "", "", "");
		this.db.revision("b1", "a1", "", "");
		this.db.revision("c1", "a1", "", "");

		CreatedRevision merge = this.db.migrator()
			.merge(new NewRevision("merge", "m1", List.of("heads"), false, List.of(), List.of()));

		assertThat(merge.revision().revises()).containsExactly("b1", "c1");
		assertThat(this.db.migrator().heads()).extracting(RevisionInfo::id).containsExactly("m1");
		assertThat(this.db.migrator().show("m1").get(0).mergePoint()).isTrue();
	}

	@Test
	void mergeOfASingleHeadIsRefused() {
		this.db.revision("a1", "", "", "");

		assertFails(() -> this.db.migrator().merge(new NewRevision("merge", null, List.of("heads"), false, List.of(), List.of())),
				Reason.USAGE)
			.hasMessageContaining("Nothing to merge");
	}

	@Test
	void revisionIdThatExistsIsRefused() {
		this.db.revision("a1", "", "", "");

		assertFails(() -> this.db.migrator().revision(new NewRevision("x", "a1", List.of(), false, List.of(), List.of())),
				Reason.USAGE)
			.hasMessageContaining("already exists");
	}

	@Test
	void branchLabelAndDependsOnAreWrittenAndReadBack() {
		this.db.revision("a1", "", "", "");
		this.db.revision("b1", "", "", "");

		CreatedRevision created = this.db.migrator()
			.revision(new NewRevision("feature", "f1", List.of("a1"), false, List.of("feature"), List.of("b1")));

		RevisionInfo read = this.db.migrator().show("feature").get(0);
		assertThat(read.id()).isEqualTo(created.revision().id());
		assertThat(read.branchLabels()).containsExactly("feature");
		assertThat(read.dependsOn()).containsExactly("b1");
	}

}
