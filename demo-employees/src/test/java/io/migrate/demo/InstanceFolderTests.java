package io.migrate.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.migrate.Migrator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQLite file's folder is created before the database is opened: {@code instance/app.db}
 * relative to the working directory by default, or wherever {@code spring.datasource.url} says.
 */
class InstanceFolderTests {

	@TempDir
	Path temp;

	@Test
	void theDefaultDatabaseIsInstanceAppDbInTheWorkingDirectoryWithForeignKeysOn() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		String url = properties.getProperty("spring.datasource.url");
		assertThat(url).isEqualTo("jdbc:sqlite:instance/app.db?foreign_keys=true&busy_timeout=5000");
		assertThat(SqliteDatabaseFolder.databaseFile(url))
			.isEqualTo(Path.of("").toAbsolutePath().resolve("instance").resolve("app.db"));
	}

	@Test
	void theAppCreatesTheFolderOfItsDatabaseBeforeMigratingIt() {
		Path file = this.temp.resolve("instance/app.db");
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DemoApplication.class).run(
				"--spring.datasource.url=jdbc:sqlite:" + file + "?foreign_keys=true", "--server.port=0",
				"--DEMO_ADMIN_PASSWORD=a", "--DEMO_VIEWER_PASSWORD=v")) {
			assertThat(app.getBean(Migrator.class).current()).containsExactly(TutorialReplayTests.HEAD);
		}
		assertThat(file).isRegularFile();
	}

	@Test
	void theMissingFoldersOfAnAbsoluteSqliteFileAreCreated() {
		Path file = this.temp.resolve("nested/deeper/app.db");
		postProcess("spring.datasource.url", "jdbc:sqlite:" + file + "?foreign_keys=true");
		assertThat(file.getParent()).isDirectory();
		assertThat(file).doesNotExist();
	}

	@Test
	void theFolderOfASeparateMigrationConnectionIsCreatedToo() {
		Path file = this.temp.resolve("migrations/app.db");
		postProcess("migrate.url", "jdbc:sqlite:file:" + file);
		assertThat(file.getParent()).isDirectory();
	}

	@Test
	void aFileUriIsUnderstood() {
		Path file = this.temp.resolve("uri/app.db");
		assertThat(SqliteDatabaseFolder.databaseFile("jdbc:sqlite:" + file.toUri() + "?mode=rwc")).isEqualTo(file);
	}

	@Test
	void otherDatabasesAndInMemorySqliteAreLeftAlone() {
		assertThat(SqliteDatabaseFolder.databaseFile("jdbc:postgresql://localhost/app")).isNull();
		assertThat(SqliteDatabaseFolder.databaseFile("jdbc:sqlite::memory:")).isNull();
		assertThat(SqliteDatabaseFolder.databaseFile("jdbc:sqlite:file:app?mode=memory&cache=shared")).isNull();
		assertThat(SqliteDatabaseFolder.databaseFile(null)).isNull();
	}

	@Test
	void anExistingFolderIsKept() throws IOException {
		Path folder = Files.createDirectories(this.temp.resolve("instance"));
		Path kept = Files.writeString(folder.resolve("keep.txt"), "kept");
		postProcess("spring.datasource.url", "jdbc:sqlite:" + folder.resolve("app.db"));
		assertThat(kept).hasContent("kept");
	}

	private static void postProcess(String property, String url) {
		MockEnvironment environment = new MockEnvironment().withProperty(property, url);
		new SqliteDatabaseFolder().postProcessEnvironment(environment, new SpringApplication());
	}

}
