package io.migrate.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DirectoryLocationTests {

	@TempDir
	Path dir;

	@Test
	void listsSqlFilesRecursivelyInLoadOrder() throws IOException {
		TestFiles.write(this.dir, "sub/b.sql", "b");
		TestFiles.write(this.dir, "z.sql", "z");
		TestFiles.write(this.dir, "a.sql", "a");
		TestFiles.write(this.dir, "sub/deeper/c.sql", "c");
		TestFiles.write(this.dir, "another/d.sql", "d");
		assertThat(new DirectoryLocation(this.dir).list()).extracting(ScriptFile::relativePath)
			.containsExactly("a.sql", "z.sql", "another/d.sql", "sub/b.sql", "sub/deeper/c.sql");
	}

	@Test
	void readsTextAndGivesAbsoluteDisplayPaths() throws IOException {
		TestFiles.write(this.dir, "sub/a.sql", "SELECT 'é';");
		ScriptFile file = new DirectoryLocation(this.dir.resolve("sub/..")).list().get(0);
		assertThat(file.text()).isEqualTo("SELECT 'é';");
		assertThat(file.displayPath()).isEqualTo(this.dir.toAbsolutePath().resolve("sub/a.sql").toString());
	}

	@Test
	void skipsOtherFilesAndHiddenOnes() throws IOException {
		TestFiles.write(this.dir, "a.sql", "a");
		TestFiles.write(this.dir, "notes.txt", "n");
		TestFiles.write(this.dir, "a.sql.bak", "b");
		TestFiles.write(this.dir, ".#a.sql", "lock");
		TestFiles.write(this.dir, ".hidden/b.sql", "b");
		assertThat(new DirectoryLocation(this.dir).list()).extracting(ScriptFile::relativePath).containsExactly("a.sql");
	}

	@Test
	void anEmptyDirectoryHasNoFiles() {
		assertThat(new DirectoryLocation(this.dir).list()).isEmpty();
	}

	@Test
	void aMissingDirectoryIsAnErrorSayingToRunInit() {
		Path missing = this.dir.resolve("revisions");
		assertThatExceptionOfType(ScriptException.class).isThrownBy(() -> new DirectoryLocation(missing).list())
			.withMessageContaining(missing.toString())
			.withMessageContaining("does not exist; run `migrate init`");
	}

	@Test
	void aFileThatIsNotUtf8IsAnError() throws IOException {
		Files.write(this.dir.resolve("a.sql"), new byte[] { 'a', (byte) 0xff, 'b' });
		assertThatExceptionOfType(ScriptException.class).isThrownBy(() -> new DirectoryLocation(this.dir).list())
			.withMessageContaining("a.sql: the file is not valid UTF-8");
	}

}
