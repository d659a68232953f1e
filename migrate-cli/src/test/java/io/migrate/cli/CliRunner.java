package io.migrate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@code migrate} in-process in a temporary working directory with its own environment
 * variables, and writes revision files there.
 */
final class CliRunner {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final Path directory;

	private final Map<String, String> variables = new HashMap<>();

	CliRunner(Path directory) {
		this.directory = directory;
	}

	Path directory() {
		return this.directory;
	}

	/** @return a JDBC URL of a SQLite file in the working directory */
	String url() {
		return "jdbc:sqlite:" + this.directory.resolve("app.db");
	}

	CliRunner env(String name, String value) {
		this.variables.put(name, value);
		return this;
	}

	/** Runs {@code migrate args} with {@code MIGRATE_URL} pointing at the SQLite file unless set. */
	Result run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		Map<String, String> env = new HashMap<>(this.variables);
		env.putIfAbsent("MIGRATE_URL", url());
		int status = MigrateCli.run(new CliEnvironment(env, this.directory), new PrintWriter(out), new PrintWriter(err),
				args);
		return new Result(status, out.toString(), err.toString());
	}

	/** Runs without any database URL. */
	Result runOffline(String... args) {
		this.variables.put("MIGRATE_URL", "");
		return run(args);
	}

	/** Writes a revision file under the default location. */
	Path revision(String id, String revises, String message, String upgrade, String downgrade) {
		return revision(id, revises, message, "", upgrade, downgrade);
	}

	/** Writes a revision file with extra header lines under the default location. */
	Path revision(String id, String revises, String message, String extraHeader, String upgrade, String downgrade) {
		String text = "-- Revision: " + id + "\n-- Revises: " + revises + "\n-- Message: " + message
				+ "\n-- Created: 2024-01-02T03:04:05Z\n" + extraHeader + "\n-- migrate:upgrade\n" + upgrade
				+ "\n\n-- migrate:downgrade\n" + downgrade + "\n";
		return write(Settings.DEFAULT_LOCATION + "/" + id + "_" + message.replace(' ', '_') + ".sql", text);
	}

	Path write(String relativePath, String text) {
		Path file = this.directory.resolve(relativePath);
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/** Writes the two revisions of the Flask-Migrate tutorial: employees, then department. */
	void employeesRevisions() {
		revision("15537423c56d", "", "Initial migration",
				"CREATE TABLE employee (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR NOT NULL);",
				"DROP TABLE employee;");
		revision("51f20aa4768b", "15537423c56d", "add Department",
				"CREATE TABLE department (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR NOT NULL);",
				"DROP TABLE department;");
	}

	/** What a run printed and returned. */
	record Result(int status, String out, String err) {

		JsonNode json() {
			return MAPPER.readTree(this.out);
		}

		List<String> lines() {
			return this.out.lines().toList();
		}

	}

}
