package io.migrate.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the built {@code migrate.jar} with {@code java -jar}, as a user would. */
class MigrateJarIT {

	@TempDir
	Path directory;

	private String run(String... args) throws IOException, InterruptedException {
		Process process = MigrateProcess.start(this.directory, args);
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		return output;
	}

	@Test
	void theJarUpgradesASqliteDatabaseAndReportsItsCurrentRevision() throws Exception {
		CliRunner files = new CliRunner(this.directory);
		files.employeesRevisions();
		String url = "--url=jdbc:sqlite:" + this.directory.resolve("app.db");
		assertThat(run(url, "upgrade")).contains("Upgraded 15537423c56d").contains("Now at 51f20aa4768b (head)");
		assertThat(run(url, "current")).isEqualTo("51f20aa4768b (head)\n");
		assertThat(run(url, "--json", "current")).isEqualTo("{\"current\":[\"51f20aa4768b\"]}\n");
		assertThat(Files.size(this.directory.resolve("app.db"))).isPositive();
	}

	@Test
	void theJarPrintsItsHelp() throws Exception {
		assertThat(run("--help")).contains("Usage: migrate").contains("upgrade").contains("downgrade");
	}

}
