package io.migrate.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SettingsTests {

	@TempDir
	Path directory;

	private Settings resolve(GlobalOptions options, Map<String, String> variables) {
		return Settings.resolve(options, new CliEnvironment(variables, this.directory));
	}

	@Test
	void aFlagWinsOverTheEnvironmentAndTheFile() {
		new CliRunner(this.directory).write("migrate.properties", "url=jdbc:sqlite:file.db\n");
		GlobalOptions options = new GlobalOptions();
		options.url = "jdbc:sqlite:flag.db";
		assertThat(resolve(options, Map.of("MIGRATE_URL", "jdbc:sqlite:env.db")).url()).isEqualTo("jdbc:sqlite:flag.db");
	}

	@Test
	void lockTimeoutTakesShortAndIsoDurations() {
		GlobalOptions options = new GlobalOptions();
		options.lockTimeout = "30s";
		assertThat(resolve(options, Map.of()).lockTimeout()).isEqualTo(java.time.Duration.ofSeconds(30));
		assertThat(resolve(new GlobalOptions(), Map.of("MIGRATE_LOCK_TIMEOUT", "PT2M")).lockTimeout())
			.isEqualTo(java.time.Duration.ofMinutes(2));
	}

	@Test
	void lockTimeoutThatIsNotADurationIsNamed() {
		GlobalOptions options = new GlobalOptions();
		options.lockTimeout = "soon";
		assertThatIllegalArgumentException().isThrownBy(() -> resolve(options, Map.of()).lockTimeout())
			.withMessageContaining("'soon'");
	}

	@Test
	void theEnvironmentWinsOverTheFile() {
		new CliRunner(this.directory).write("migrate.properties", "url=jdbc:sqlite:file.db\n");
		assertThat(resolve(new GlobalOptions(), Map.of("MIGRATE_URL", "jdbc:sqlite:env.db")).url())
			.isEqualTo("jdbc:sqlite:env.db");
	}

	@Test
	void theFileIsReadFromTheWorkingDirectory() {
		new CliRunner(this.directory).write("migrate.properties",
				"url=jdbc:sqlite:file.db\nversion-table=my_version\nhistory-table=my_history\ndialect=sqlite\n");
		Settings settings = resolve(new GlobalOptions(), Map.of());
		assertThat(settings.url()).isEqualTo("jdbc:sqlite:file.db");
		assertThat(settings.versionTable()).isEqualTo("my_version");
		assertThat(settings.historyTable()).isEqualTo("my_history");
		assertThat(settings.dialect()).isEqualTo("sqlite");
	}

	@Test
	void anUnknownKeyInTheFileIsAnErrorThatListsTheKeys() {
		new CliRunner(this.directory).write("migrate.properties", "urll=jdbc:sqlite:file.db\n");
		assertThatIllegalArgumentException().isThrownBy(() -> resolve(new GlobalOptions(), Map.of()))
			.withMessageContaining("Unknown key 'urll'")
			.withMessageContaining("url, user, version-table");
	}

	@Test
	void theDefaultLocationIsResolvedAgainstTheWorkingDirectory() {
		assertThat(resolve(new GlobalOptions(), Map.of()).locations())
			.containsExactly(this.directory.resolve("src/main/resources/db/revisions").toString());
	}

	@Test
	void locationsFromTheEnvironmentAreCommaSeparatedAndClasspathOnesKept() {
		Settings settings = resolve(new GlobalOptions(), Map.of("MIGRATE_LOCATION", "one, classpath:db/two"));
		assertThat(settings.locations()).containsExactly(this.directory.resolve("one").toString(), "classpath:db/two");
	}

	@Test
	void repeatedLocationFlagsKeepTheirOrder() {
		GlobalOptions options = new GlobalOptions();
		options.locations = List.of("b", "a");
		assertThat(resolve(options, Map.of()).locations())
			.containsExactly(this.directory.resolve("b").toString(), this.directory.resolve("a").toString());
	}

	@Test
	void jsonAndDebugCanComeFromTheEnvironment() {
		Settings settings = resolve(new GlobalOptions(), Map.of("MIGRATE_JSON", "true", "MIGRATE_DEBUG", "1"));
		assertThat(settings.json()).isTrue();
		assertThat(settings.debug()).isTrue();
	}

	@Test
	void theDescriptionForDebugNeverShowsThePassword() {
		Settings settings = resolve(new GlobalOptions(),
				Map.of("MIGRATE_PASSWORD", "s3cret!", "MIGRATE_URL", "jdbc:postgresql://h/db?password=s3cret!"));
		assertThat(String.join("\n", settings.describe())).doesNotContain("s3cret!").contains("password = ****");
	}

	@Test
	void maskingHidesThePasswordAndPasswordsInUrls() {
		Settings settings = resolve(new GlobalOptions(), Map.of("MIGRATE_PASSWORD", "hunter22"));
		assertThat(settings.mask("login failed for hunter22")).isEqualTo("login failed for ****");
		assertThat(settings.mask("jdbc:mysql://bob:other@h/db")).isEqualTo("jdbc:mysql://bob:****@h/db");
		assertThat(settings.mask("jdbc:postgresql://h/db?user=bob&password=other")).endsWith("password=****");
	}

}
