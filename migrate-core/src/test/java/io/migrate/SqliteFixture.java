package io.migrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A SQLite file and a folder of revision files in a test's temporary directory. */
final class SqliteFixture {

	final Path directory;

	final Path revisions;

	final String url;

	SqliteFixture(Path directory) {
		this.directory = directory;
		this.revisions = directory.resolve("revisions");
		this.url = "jdbc:sqlite:" + directory.resolve("test.db");
		try {
			Files.createDirectories(this.revisions);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Copies the tutorial's revision files into the revisions folder. */
	SqliteFixture withTutorial() {
		for (String name : List.of("15537423c56d_initial_migration.sql", "51f20aa4768b_add_department.sql",
				"1694ecedb24d_rename_department.sql", "76f31678b786_rename_address.sql")) {
			try (var in = SqliteFixture.class.getResourceAsStream("/tutorial/" + name)) {
				write(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return this;
	}

	Path write(String name, String content) {
		try {
			Path file = this.revisions.resolve(name);
			Files.createDirectories(file.getParent());
			Files.writeString(file, content);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes a revision with the given header lines and sections. */
	Path revision(String id, String revises, String upgrade, String downgrade) {
		String text = "-- Revision: " + id + "\n-- Revises: " + revises + "\n-- Message: revision " + id
				+ "\n\n-- migrate:upgrade\n" + upgrade + "\n" + ((downgrade != null) ? "\n-- migrate:downgrade\n" + downgrade + "\n" : "");
		return write(id + ".sql", text);
	}

	MigrateConfig.Builder config() {
		return MigrateConfig.builder()
			.locations(List.of(this.revisions.toString()))
			.connectionFactory(() -> DriverManager.getConnection(this.url));
	}

	Migrator migrator() {
		return Migrator.create(config().build());
	}

	List<List<String>> query(String sql) {
		try (Connection connection = DriverManager.getConnection(this.url);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			List<List<String>> result = new ArrayList<>();
			int columns = rows.getMetaData().getColumnCount();
			while (rows.next()) {
				List<String> row = new ArrayList<>();
				for (int i = 1; i <= columns; i++) {
					row.add(rows.getString(i));
				}
				result.add(row);
			}
			return result;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(this.url);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	List<String> tables() {
		return query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
			.stream()
			.map((row) -> row.get(0))
			.toList();
	}

	List<String> columns(String table) {
		return query("SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid").stream()
			.map((row) -> row.get(0))
			.toList();
	}

}
