package io.migrate.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.migrate.graph.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RevisionFileWriterTests {

	private static final Instant CREATED = Instant.parse("2023-08-02T17:33:01.123456Z");

	@TempDir
	Path dir;

	private final RevisionFileWriter writer = new RevisionFileWriter();

	@Test
	void namesTheFileAfterTheIdAndASlugOfTheMessage() throws IOException {
		Path file = this.writer.write(this.dir, Revision.of("51f20aa4768b", "15537423c56d"), "add Department", CREATED);
		assertThat(file).isEqualTo(this.dir.resolve("51f20aa4768b_add_department.sql"));
	}

	@Test
	void slugsLowercaseAndReplaceRunsOfOtherCharactersWithOneUnderscore() {
		assertThat(RevisionFileWriter.fileName("a1", "  Add  'Employee' table, v2! ")).isEqualTo("a1_add_employee_table_v2.sql");
	}

	@Test
	void slugsAreAtMost40Characters() {
		assertThat(RevisionFileWriter.fileName("a1", "a".repeat(39) + " and more")).isEqualTo("a1_" + "a".repeat(39) + ".sql");
	}

	@Test
	void anEmptyMessageNamesTheFileAfterTheIdAlone() {
		assertThat(RevisionFileWriter.fileName("a1", "")).isEqualTo("a1.sql");
		assertThat(RevisionFileWriter.fileName("a1", "!!!")).isEqualTo("a1.sql");
	}

	@Test
	void writesTheDesignsFormat() throws IOException {
		Path file = this.writer.write(this.dir, Revision.of("51f20aa4768b", "15537423c56d"), "add Department", CREATED);
		assertThat(Files.readString(file)).isEqualTo("""
				-- Revision: 51f20aa4768b
				-- Revises: 15537423c56d
				-- Message: add Department
				-- Created: 2023-08-02T17:33:01Z

				-- migrate:upgrade


				-- migrate:downgrade

				""");
	}

	@Test
	void writesAnEmptyRevisesForABaseAndLabelsAndDependenciesWhenGiven() throws IOException {
		Revision revision = new Revision("a1", List.of(), List.of("shiny"), List.of("b2", "other"));
		Path file = this.writer.write(this.dir, revision, "", CREATED);
		assertThat(Files.readString(file)).startsWith("""
				-- Revision: a1
				-- Revises:
				-- Message:
				-- Created: 2023-08-02T17:33:01Z
				-- Branch-Labels: shiny
				-- Depends-On: b2, other

				-- migrate:upgrade
				""");
	}

	@Test
	void theWrittenFileParsesBackToTheSameRevision() throws IOException {
		Revision revision = new Revision("m1", List.of("a1", "b2"), List.of("shiny", "v2"), List.of("c3"));
		Path file = this.writer.write(this.dir, revision, "merge heads\nof two branches", CREATED);
		SqlRevisionScript script = new RevisionFileParser()
			.parse(new ScriptFile(file.getFileName().toString(), file.toString(), Files.readString(file)));
		assertThat(script.revision()).isEqualTo(revision);
		assertThat(script.message()).isEqualTo("merge heads of two branches");
		assertThat(script.created()).hasValue("2023-08-02T17:33:01Z");
		assertThat(script.upgrade()).isEmpty();
		assertThat(script.downgrade()).hasValue(List.of());
	}

	@Test
	void refusesToOverwriteAnExistingFile() throws IOException {
		Path existing = this.dir.resolve("a1_x.sql");
		Files.writeString(existing, "keep me");
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> this.writer.write(this.dir, Revision.of("a1"), "x", CREATED))
			.withMessageContaining(existing + ": the file already exists");
		assertThat(Files.readString(existing)).isEqualTo("keep me");
	}

	@Test
	void aMissingDirectoryIsAnErrorSayingToRunInit() {
		Path missing = this.dir.resolve("revisions");
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> this.writer.write(missing, Revision.of("a1"), "x", CREATED))
			.withMessageContaining("run `migrate init`");
	}

	@Test
	void rejectsAMalformedIdWithoutWriting() throws IOException {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.writer.write(this.dir, Revision.of("a-1"), "x", CREATED))
			.withMessageContaining("malformed revision id 'a-1'");
		try (var files = Files.list(this.dir)) {
			assertThat(files).isEmpty();
		}
	}

	@Test
	void randomIdsAreTwelveLowercaseHexDigits() {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 100; i++) {
			String id = RevisionIds.random();
			assertThat(id).matches("[0-9a-f]{12}");
			assertThat(RevisionIds.isValid(id)).isTrue();
			ids.add(id);
		}
		assertThat(ids).hasSize(100);
	}

}
