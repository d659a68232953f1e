package io.migrate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/** A SQLite database file in a folder of its own, deleted before every repetition. */
public final class SqliteTarget extends Target {

	private final Path folder;

	private final String storage;

	private final Path file;

	/**
	 * @param folder where the file lives (created; e.g. under {@code /dev/shm} for tmpfs)
	 * @param storage {@code disk} or {@code tmpfs}
	 */
	public SqliteTarget(Path folder, String storage) throws IOException {
		this.folder = Files.createDirectories(folder);
		this.storage = storage;
		this.file = folder.resolve("bench.db");
	}

	@Override
	public String database() {
		return "sqlite";
	}

	@Override
	public String storage() {
		return this.storage;
	}

	@Override
	public String url() {
		return "jdbc:sqlite:" + this.file;
	}

	/** @return the database file */
	public Path file() {
		return this.file;
	}

	@Override
	public void reset() throws IOException {
		try (Stream<Path> files = Files.list(this.folder)) {
			for (Path path : files.toList()) {
				if (path.getFileName().toString().startsWith("bench.db")) {
					Files.delete(path);
				}
			}
		}
	}

	@Override
	public int workloadTables() throws SQLException {
		try (Connection connection = open(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name GLOB 't[0-9]*'")) {
			rows.next();
			return rows.getInt(1);
		}
	}

	@Override
	public void close() throws IOException {
		reset();
		Files.deleteIfExists(this.folder);
	}

}
