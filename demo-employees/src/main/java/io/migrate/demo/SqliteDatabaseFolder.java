package io.migrate.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Creates the folder of a SQLite database file ({@code spring.datasource.url} or
 * {@code migrate.url} of the form {@code jdbc:sqlite:path}) before anything opens it, because
 * SQLite creates a missing file but not a missing folder. Relative paths are resolved against
 * the working directory, as SQLite does.
 */
final class SqliteDatabaseFolder implements EnvironmentPostProcessor, Ordered {

	private static final String PREFIX = "jdbc:sqlite:";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		for (String property : new String[] { "spring.datasource.url", "migrate.url" }) {
			Path file = databaseFile(environment.getProperty(property));
			if (file != null) {
				createParent(file);
			}
		}
	}

	/**
	 * @param url a JDBC URL, or null
	 * @return the database file of a SQLite file URL, or null for another URL or an in-memory
	 * database
	 */
	static Path databaseFile(String url) {
		if (url == null || !url.startsWith(PREFIX) || url.contains(":memory:") || url.contains("mode=memory")) {
			return null;
		}
		String path = url.substring(PREFIX.length());
		int query = path.indexOf('?');
		if (query >= 0) {
			path = path.substring(0, query);
		}
		if (path.isBlank()) {
			return null;
		}
		try {
			if (path.startsWith("file://")) {
				return Path.of(URI.create(path));
			}
			if (path.startsWith("file:")) {
				path = path.substring("file:".length());
			}
			return Path.of(path).toAbsolutePath().normalize();
		}
		catch (IllegalArgumentException ex) {
			// Not a path we understand (e.g. a resource: URL, InvalidPathException): leave it to the driver.
			return null;
		}
	}

	private static void createParent(Path file) {
		Path folder = file.getParent();
		if (folder == null || Files.isDirectory(folder)) {
			return;
		}
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the folder " + folder + " of the SQLite database " + file, ex);
		}
	}

	@Override
	public int getOrder() {
		// After the config data (application.properties, profiles) has been loaded.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
