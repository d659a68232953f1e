package io.migrate.script;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ClasspathLocationTests {

	@TempDir
	Path dir;

	private static URLClassLoader loader(Path... roots) throws IOException {
		URL[] urls = new URL[roots.length];
		for (int i = 0; i < roots.length; i++) {
			urls[i] = roots[i].toUri().toURL();
		}
		return new URLClassLoader(urls, null);
	}

	@Test
	void listsAFolderInADirectoryOnTheClasspath() throws IOException {
		Path classes = this.dir.resolve("classes");
		TestFiles.write(classes, "db/revisions/sub/c.sql", "c");
		TestFiles.write(classes, "db/revisions/b.sql", "b");
		TestFiles.write(classes, "db/revisions/a.sql", "a");
		TestFiles.write(classes, "db/other/x.sql", "x");
		try (URLClassLoader loader = loader(classes)) {
			assertThat(new ClasspathLocation("db/revisions", loader).list())
				.extracting(ScriptFile::relativePath, ScriptFile::text)
				.containsExactly(tuple("a.sql", "a"), tuple("b.sql", "b"), tuple("sub/c.sql", "c"));
		}
	}

	@Test
	void listsAFolderInsideAJar() throws IOException {
		Path jar = TestFiles.jar(this.dir.resolve("revisions.jar"),
				Map.of("db/revisions/sub/c.sql", "c", "db/revisions/b.sql", "b", "db/revisions/a.sql", "a",
						"db/revisions/readme.txt", "r", "db/other/x.sql", "x"));
		try (URLClassLoader loader = loader(jar)) {
			assertThat(new ClasspathLocation("/db/revisions/", loader).list())
				.extracting(ScriptFile::relativePath, ScriptFile::text, ScriptFile::displayPath)
				.containsExactly(tuple("a.sql", "a", jar + "!/db/revisions/a.sql"),
						tuple("b.sql", "b", jar + "!/db/revisions/b.sql"),
						tuple("sub/c.sql", "c", jar + "!/db/revisions/sub/c.sql"));
		}
	}

	@Test
	void mergesTheFolderOfSeveralRootsIntoOneLoadOrderKeepingClasspathOrderForEqualPaths() throws IOException {
		Path classes = this.dir.resolve("classes");
		TestFiles.write(classes, "db/revisions/b.sql", "b from classes");
		TestFiles.write(classes, "db/revisions/sub/d.sql", "d");
		Path jar = TestFiles.jar(this.dir.resolve("lib.jar"),
				Map.of("db/revisions/a.sql", "a", "db/revisions/b.sql", "b from jar", "db/revisions/c.sql", "c"));
		try (URLClassLoader loader = loader(classes, jar)) {
			assertThat(new ClasspathLocation("db/revisions", loader).list()).extracting(ScriptFile::text)
				.containsExactly("a", "b from classes", "b from jar", "c", "d");
		}
	}

	@Test
	void aFolderThatIsNotOnTheClasspathHasNoFiles() throws IOException {
		try (URLClassLoader loader = loader(this.dir)) {
			assertThat(new ClasspathLocation("db/revisions", loader).list()).isEmpty();
		}
	}

	@Test
	void describesItselfAsAClasspathLocation() {
		assertThat(new ClasspathLocation("/db/revisions/", getClass().getClassLoader()).description())
			.isEqualTo("classpath:db/revisions");
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

}
