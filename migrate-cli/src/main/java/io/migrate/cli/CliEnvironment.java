package io.migrate.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the command line reads from the world besides its arguments: the environment variables
 * and the working directory. Tests pass their own instead of the process's.
 * @param variables the environment variables
 * @param workingDirectory where {@code migrate.properties} and relative locations are looked up
 */
public record CliEnvironment(Map<String, String> variables, Path workingDirectory) {

	public CliEnvironment {
		variables = Map.copyOf(variables);
		workingDirectory = workingDirectory.toAbsolutePath().normalize();
	}

	/** @return the process's environment and working directory */
	public static CliEnvironment system() {
		return new CliEnvironment(System.getenv(), Path.of(""));
	}

	/** @return the value of an environment variable, or null when unset or blank */
	public String variable(String name) {
		String value = this.variables.get(name);
		return (value == null || value.isBlank()) ? null : value;
	}

}
