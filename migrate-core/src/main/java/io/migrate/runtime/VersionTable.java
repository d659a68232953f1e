package io.migrate.runtime;

import io.migrate.dialect.Dialect;
import io.migrate.graph.RowChange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The version table: one row per applied head. */
final class VersionTable {

	private final String table;

	private final Dialect dialect;

	VersionTable(String table, Dialect dialect) {
		this.table = table;
		this.dialect = dialect;
	}

	String name() {
		return this.table;
	}

	boolean exists(Connection connection) throws SQLException {
		return this.dialect.tableExists(connection, this.table);
	}

	void create(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(this.dialect.createVersionTable(this.table));
		}
	}

	/** @return the rows, sorted; empty when the table does not exist */
	List<String> read(Connection connection) throws SQLException {
		List<String> rows = new ArrayList<>();
		if (!exists(connection)) {
			return rows;
		}
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT version_num FROM " + this.table)) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		rows.sort(null);
		return rows;
	}

	void apply(Connection connection, RowChange change) throws SQLException {
		switch (change.kind()) {
			case INSERT -> {
				try (PreparedStatement insert = connection
					.prepareStatement("INSERT INTO " + this.table + " (version_num) VALUES (?)")) {
					insert.setString(1, change.to());
					insert.executeUpdate();
				}
			}
			case DELETE -> {
				try (PreparedStatement delete = connection
					.prepareStatement("DELETE FROM " + this.table + " WHERE version_num = ?")) {
					delete.setString(1, change.from());
					expectOne(delete.executeUpdate(), "deleting '" + change.from() + "'");
				}
			}
			case UPDATE -> {
				try (PreparedStatement update = connection
					.prepareStatement("UPDATE " + this.table + " SET version_num = ? WHERE version_num = ?")) {
					update.setString(1, change.to());
					update.setString(2, change.from());
					expectOne(update.executeUpdate(), "updating '" + change.from() + "' to '" + change.to() + "'");
				}
			}
		}
	}

	void deleteAll(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("DELETE FROM " + this.table);
		}
	}

	private void expectOne(int count, String what) throws SQLException {
		if (count != 1) {
			throw new SQLException("Online migration expected to match one row when " + what + " in '" + this.table
					+ "'; " + count + " found. Another process changed the version table during the migration, or it"
					+ " was edited by hand; run `migrate current` and `migrate stamp` to repair it");
		}
	}

	/** @return {@code change} as a SQL statement for an offline script */
	String render(RowChange change) {
		return switch (change.kind()) {
			case INSERT -> "INSERT INTO " + this.table + " (version_num) VALUES (" + SqlLiterals.string(change.to()) + ")";
			case DELETE -> "DELETE FROM " + this.table + " WHERE version_num = " + SqlLiterals.string(change.from());
			case UPDATE -> "UPDATE " + this.table + " SET version_num = " + SqlLiterals.string(change.to())
					+ " WHERE version_num = " + SqlLiterals.string(change.from());
		};
	}

}
