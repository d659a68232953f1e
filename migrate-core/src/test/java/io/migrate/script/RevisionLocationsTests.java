package io.migrate.script;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RevisionLocationsTests {

	private final ClassLoader loader = getClass().getClassLoader();

	@Test
	void mapsClasspathToAClasspathLocation() {
		RevisionLocation location = RevisionLocations.parse("classpath:db/revisions", this.loader);
		assertThat(location).isInstanceOf(ClasspathLocation.class);
		assertThat(((ClasspathLocation) location).folder()).isEqualTo("db/revisions");
		assertThat(location.description()).isEqualTo("classpath:db/revisions");
	}

	@Test
	void mapsFilesystemToADirectoryLocation() {
		RevisionLocation location = RevisionLocations.parse("filesystem:/tmp/revs", this.loader);
		assertThat(location).isInstanceOf(DirectoryLocation.class);
		assertThat(((DirectoryLocation) location).directory()).isEqualTo(Path.of("/tmp/revs").toAbsolutePath());
		assertThat(location.description()).isEqualTo("filesystem:/tmp/revs");
	}

	@Test
	void mapsAPlainPathToADirectoryLocationResolvedAgainstTheWorkingDirectory() {
		RevisionLocation location = RevisionLocations.parse("src/main/resources/db/revisions", this.loader);
		assertThat(((DirectoryLocation) location).directory())
			.isEqualTo(Path.of("src/main/resources/db/revisions").toAbsolutePath());
	}

	@Test
	void rejectsAnEmptyLocation() {
		assertThatIllegalArgumentException().isThrownBy(() -> RevisionLocations.parse(" ", this.loader));
		assertThatIllegalArgumentException().isThrownBy(() -> RevisionLocations.parse("classpath:", this.loader));
	}

}
