package io.migrate.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the built {@code migrate.jar} with {@code java -jar}, as a user would. */
class MigrateJarIT {

	@TempDir
	Path directory;

	private String run(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(java(), "-jar", jar().toString()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).directory(this.directory.toFile())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		return output;
	}

	private static Path jar() {
		Path jar = Path.of(System.getProperty("migrate.jar", "target/migrate.jar"));
		assertThat(jar).exists();
		return jar.toAbsolutePath();
	}

	private static String java() {
		return ProcessHandle.current().info().command()
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
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
