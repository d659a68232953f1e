package io.migrate.runtime;

import io.migrate.dialect.Dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The append-only history table: rows are inserted, never updated or deleted. */
final class HistoryTable {

	private static final String COLUMNS = "revision, direction, versions_before, versions_after, message, checksum,"
			+ " applied_at, applied_by, duration_ms, success, error";

	private final String table;

	private final Dialect dialect;

	HistoryTable(String table, Dialect dialect) {
		this.table = table;
		this.dialect = dialect;
	}

	boolean exists(Connection connection) throws SQLException {
		return this.dialect.tableExists(connection, this.table);
	}

	void create(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(this.dialect.createHistoryTable(this.table));
		}
	}

	void append(Connection connection, HistoryRecord record) throws SQLException {
		try (PreparedStatement insert = connection
			.prepareStatement("INSERT INTO " + this.table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			insert.setString(1, record.revision());
			insert.setString(2, record.direction());
			insert.setString(3, String.join(",", record.versionsBefore()));
			insert.setString(4, String.join(",", record.versionsAfter()));
			insert.setString(5, record.message());
			insert.setString(6, record.checksum());
			this.dialect.bindTimestamp(insert, 7, record.appliedAt());
			insert.setString(8, record.appliedBy());
			insert.setLong(9, record.durationMs());
			insert.setBoolean(10, record.success());
			insert.setString(11, record.error());
			insert.executeUpdate();
		}
	}

	/** @return the newest rows first, at most {@code limit}; empty when the table does not exist */
	List<HistoryRecord> newest(Connection connection, int limit) throws SQLException {
		List<HistoryRecord> records = new ArrayList<>();
		if (limit <= 0 || !exists(connection)) {
			return records;
		}
		try (Statement statement = connection.createStatement()) {
			statement.setMaxRows(limit);
			try (ResultSet rows = statement.executeQuery("SELECT id, " + COLUMNS + " FROM " + this.table + " ORDER BY id DESC")) {
				while (rows.next()) {
					records.add(read(rows));
				}
			}
		}
		return records;
	}

	/**
	 * @return for each revision, the checksum of its latest successful upgrade; empty when the
	 * table does not exist
	 */
	Map<String, String> appliedChecksums(Connection connection) throws SQLException {
		Map<String, String> checksums = new HashMap<>();
		if (!exists(connection)) {
			return checksums;
		}
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT revision, checksum, success FROM " + this.table
						+ " WHERE direction = 'upgrade' ORDER BY id")) {
			while (rows.next()) {
				if (rows.getBoolean(3)) {
					checksums.put(rows.getString(1), rows.getString(2));
				}
			}
		}
		return checksums;
	}

	/** @return whether the newest row records a failure */
	boolean lastFailed(Connection connection) throws SQLException {
		List<HistoryRecord> newest = newest(connection, 1);
		return !newest.isEmpty() && !newest.get(0).success();
	}

	private HistoryRecord read(ResultSet rows) throws SQLException {
		return new HistoryRecord(rows.getLong("id"), rows.getString("revision"), rows.getString("direction"),
				split(rows.getString("versions_before")), split(rows.getString("versions_after")),
				rows.getString("message"), rows.getString("checksum"), this.dialect.readTimestamp(rows, "applied_at"),
				rows.getString("applied_by"), rows.getLong("duration_ms"), rows.getBoolean("success"),
				rows.getString("error"));
	}

	private static List<String> split(String joined) {
		return (joined == null || joined.isEmpty()) ? List.of() : Arrays.asList(joined.split(","));
	}

	/** @return {@code record} as an INSERT for an offline script */
	String render(HistoryRecord record) {
		return "INSERT INTO " + this.table + " (" + COLUMNS + ") VALUES (" + SqlLiterals.string(record.revision()) + ", "
				+ SqlLiterals.string(record.direction()) + ", "
				+ SqlLiterals.string(String.join(",", record.versionsBefore())) + ", "
				+ SqlLiterals.string(String.join(",", record.versionsAfter())) + ", "
				+ SqlLiterals.string(record.message()) + ", " + SqlLiterals.string(record.checksum()) + ", "
				+ this.dialect.timestampLiteral(record.appliedAt()) + ", " + SqlLiterals.string(record.appliedBy())
				+ ", 0, " + this.dialect.booleanLiteral(true) + ", NULL)";
	}

}
