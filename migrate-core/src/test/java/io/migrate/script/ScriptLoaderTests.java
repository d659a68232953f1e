package io.migrate.script;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ScriptLoaderTests {

	@TempDir
	Path dir;

	private final ScriptLoader loader = new ScriptLoader();

	@Test
	void loadsLocationsInConfiguredOrderAndEachInItsLoadOrder() throws IOException {
		TestFiles.write(this.dir, "one/b.sql", TestFiles.revision("b"));
		TestFiles.write(this.dir, "one/sub/a.sql", TestFiles.revision("a"));
		TestFiles.write(this.dir, "two/0.sql", TestFiles.revision("zero"));
		List<RevisionScript> scripts = this.loader.load(
				List.of(new DirectoryLocation(this.dir.resolve("two")), new DirectoryLocation(this.dir.resolve("one"))));
		assertThat(scripts).extracting((script) -> script.revision().id()).containsExactly("zero", "b", "a");
	}

	@Test
	void noLocationsGiveNoRevisions() {
		assertThat(this.loader.load(List.of())).isEmpty();
	}

	@Test
	void twoFilesWithTheSameIdIsAnErrorNamingBothFilesAndLines() throws IOException {
		TestFiles.write(this.dir, "a_first.sql", TestFiles.revision("abc"));
		TestFiles.write(this.dir, "b_second.sql", "-- Message: copy\n" + TestFiles.revision("abc"));
		String first = this.dir.resolve("a_first.sql").toString();
		String second = this.dir.resolve("b_second.sql").toString();
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> this.loader.load(List.of(new DirectoryLocation(this.dir))))
			.withMessage(second + ":2: revision id 'abc' is also declared in " + first
					+ ":1; give one of the files a new id (ids must be unique)");
	}

	@Test
	void duplicateIdsAcrossLocationsAreAnError() throws IOException {
		TestFiles.write(this.dir, "one/a.sql", TestFiles.revision("abc"));
		TestFiles.write(this.dir, "two/a.sql", TestFiles.revision("abc"));
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> this.loader.load(List.of(new DirectoryLocation(this.dir.resolve("one")),
					new DirectoryLocation(this.dir.resolve("two")))))
			.withMessageContaining(this.dir.resolve("one/a.sql").toString())
			.withMessageContaining(this.dir.resolve("two/a.sql").toString());
	}

	@Test
	void aMalformedFileFailsTheLoadNamingTheFile() throws IOException {
		TestFiles.write(this.dir, "a.sql", "-- Revision: a\n-- Colour: blue\n-- migrate:upgrade\n");
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> this.loader.load(List.of(new DirectoryLocation(this.dir))))
			.withMessageStartingWith(this.dir.resolve("a.sql") + ":2: unknown header key 'Colour'");
	}

	@Test
	void manyFilesKeepTheirLoadOrderAndTheFirstProblemInItIsReported() throws IOException {
		for (int i = 0; i < 300; i++) {
			TestFiles.write(this.dir, String.format("r%03d.sql", i), TestFiles.revision(String.format("r%03d", i)));
		}
		assertThat(this.loader.load(List.of(new DirectoryLocation(this.dir))))
			.extracting((script) -> script.revision().id())
			.startsWith("r000", "r001", "r002")
			.endsWith("r298", "r299")
			.isSorted();
		TestFiles.write(this.dir, "r100.sql", "-- Revision: r100\n-- Revison: typo\n-- migrate:upgrade\n");
		TestFiles.write(this.dir, "r200.sql", TestFiles.revision("r010"));
		TestFiles.write(this.dir, "r250.sql", "-- Revision: r250\n-- Revison: typo\n-- migrate:upgrade\n");
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> this.loader.load(List.of(new DirectoryLocation(this.dir))))
			.withMessageStartingWith(this.dir.resolve("r100.sql") + ":2: unknown header key 'Revison'");
	}

}
