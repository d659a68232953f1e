package io.migrate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** What the figures were measured on: date, machine, JVM, and the tools' versions. */
final class Environment {

	private Environment() {
	}

	static Map<String, Object> describe(Layout layout) {
		Map<String, Object> environment = new LinkedHashMap<>();
		environment.put("date", Instant.now().toString());
		environment.put("cpu", cpuModel());
		environment.put("cores", Runtime.getRuntime().availableProcessors());
		environment.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
		environment.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
		Path lib = layout.target().resolve("lib");
		for (String artifact : new String[] { "flyway-core", "liquibase-core", "sqlite-jdbc", "postgresql" }) {
			environment.put(artifact, version(lib, artifact));
		}
		return environment;
	}

	private static String cpuModel() {
		try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
			return lines.filter((line) -> line.startsWith("model name"))
				.map((line) -> line.substring(line.indexOf(':') + 1).trim())
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	private static String version(Path lib, String artifact) {
		if (!Files.isDirectory(lib)) {
			return "unknown";
		}
		try (Stream<Path> jars = Files.list(lib)) {
			return jars.map((jar) -> jar.getFileName().toString())
				.filter((name) -> name.startsWith(artifact + "-") && Character.isDigit(name.charAt(artifact.length() + 1)))
				.map((name) -> name.substring(artifact.length() + 1, name.length() - ".jar".length()))
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
