package io.migrate.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Starts the built {@code migrate.jar} as a separate process, as a user would. */
final class MigrateProcess {

	private MigrateProcess() {
	}

	static Process start(Path directory, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(java(), "-jar", jar().toString()));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
	}

	static Path jar() {
		Path jar = Path.of(System.getProperty("migrate.jar", "target/migrate.jar"));
		assertThat(jar).exists();
		return jar.toAbsolutePath();
	}

	private static String java() {
		return ProcessHandle.current()
			.info()
			.command()
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

}
