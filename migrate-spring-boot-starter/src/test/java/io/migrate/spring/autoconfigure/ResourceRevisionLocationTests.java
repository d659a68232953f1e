package io.migrate.spring.autoconfigure;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import io.migrate.script.RevisionClass;
import io.migrate.script.ScriptFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceRevisionLocationTests {

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	@TempDir
	Path temp;

	@Test
	void classpathFolderListsOwnFilesFirstThenSubfoldersByName() {
		List<ScriptFile> files = new ResourceRevisionLocation("classpath:db/order", this.resolver).list();
		assertThat(files).extracting(ScriptFile::relativePath)
			.containsExactly("a.sql", "b.sql", "c.sql", "a/z.sql", "sub/a.sql");
	}

	@Test
	void classpathFolderListsItsClassesAsCandidateJavaRevisions() {
		List<RevisionClass> classes = new ResourceRevisionLocation("classpath:db/javarevs", this.resolver).classes();
		assertThat(classes).extracting(RevisionClass::relativePath, RevisionClass::className)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("B2_add_team_city.class", "db.javarevs.B2_add_team_city"));
	}

	@Test
	void directoryLocationsHaveNoClasses() {
		assertThat(new ResourceRevisionLocation(this.temp.toString(), this.resolver).classes()).isEmpty();
	}

	@Test
	void classpathFilesAreNamedByTheirClasspathLocationAndCarryTheirText() {
		List<ScriptFile> files = new ResourceRevisionLocation("classpath:/db/revisions/", this.resolver).list();
		assertThat(files).extracting(ScriptFile::displayPath)
			.containsExactly("classpath:db/revisions/1a_create_department.sql",
					"classpath:db/revisions/more/2b_add_employee.sql");
		assertThat(files.get(0).text()).contains("-- Revision: aaa111");
	}

	@Test
	void aMissingFolderHasNoFiles() {
		assertThat(new ResourceRevisionLocation("classpath:db/nothing-here", this.resolver).list()).isEmpty();
		assertThat(new ResourceRevisionLocation(this.temp.resolve("none").toString(), this.resolver).list()).isEmpty();
	}

	@Test
	void filesystemLocationsAreReadWithAbsoluteDisplayPaths() throws IOException {
		Files.createDirectories(this.temp.resolve("revs/x"));
		Files.writeString(this.temp.resolve("revs/x/2.sql"), "two");
		Files.writeString(this.temp.resolve("revs/1.sql"), "one");
		Files.writeString(this.temp.resolve("revs/notes.txt"), "not a revision");
		for (String spec : List.of("filesystem:" + this.temp.resolve("revs"), this.temp.resolve("revs").toString(),
				this.temp.resolve("revs").toUri().toString())) {
			List<ScriptFile> files = new ResourceRevisionLocation(spec, this.resolver).list();
			assertThat(files).extracting(ScriptFile::relativePath).containsExactly("1.sql", "x/2.sql");
			assertThat(files).extracting(ScriptFile::text).containsExactly("one", "two");
			assertThat(files.get(0).displayPath()).isEqualTo(this.temp.resolve("revs/1.sql").toString());
		}
	}

	@Test
	void foldersInsideJarsAreRead() throws IOException {
		Path jar = this.temp.resolve("app.jar");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
			for (String name : List.of("db/", "db/revisions/", "db/revisions/sub/")) {
				out.putNextEntry(new JarEntry(name));
				out.closeEntry();
			}
			write(out, "db/revisions/sub/b.sql", "in a subfolder");
			write(out, "db/revisions/a.sql", "at the top");
		}
		try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, null)) {
			List<ScriptFile> files = new ResourceRevisionLocation("classpath:db/revisions",
					new PathMatchingResourcePatternResolver(loader))
				.list();
			assertThat(files).extracting(ScriptFile::relativePath).containsExactly("a.sql", "sub/b.sql");
			assertThat(files).extracting(ScriptFile::text).containsExactly("at the top", "in a subfolder");
		}
	}

	private static void write(JarOutputStream out, String name, String text) throws IOException {
		out.putNextEntry(new JarEntry(name));
		out.write(text.getBytes(StandardCharsets.UTF_8));
		out.closeEntry();
	}

}
