package io.migrate.dialect;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/** SQLite: transactional DDL, timestamps kept as ISO-8601 text so they read back the same. */
final class SqliteDialect extends Dialect {

	@Override
	public String name() {
		return "sqlite";
	}

	@Override
	protected String identityColumn() {
		return "INTEGER PRIMARY KEY AUTOINCREMENT";
	}

	@Override
	protected String timestampType() {
		return "TEXT";
	}

	@Override
	public void bindTimestamp(PreparedStatement statement, int index, Instant instant) throws SQLException {
		// sqlite-jdbc would store a Timestamp as epoch milliseconds; text stays readable in the sqlite3 shell
		statement.setString(index, instant.toString());
	}

	@Override
	public Instant readTimestamp(ResultSet resultSet, String column) throws SQLException {
		String text = resultSet.getString(column);
		return (text != null) ? Instant.parse(text) : null;
	}

	@Override
	public String timestampLiteral(Instant instant) {
		return "'" + instant + "'";
	}

	@Override
	public String booleanLiteral(boolean value) {
		return value ? "1" : "0";
	}

	@Override
	public Path databaseFile(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet databases = statement.executeQuery("PRAGMA database_list")) {
			while (databases.next()) {
				String file = databases.getString("file");
				if ("main".equals(databases.getString("name")) && file != null && !file.isEmpty()) {
					return Path.of(file);
				}
			}
		}
		return null;
	}

	@Override
	public boolean tableExists(Connection connection, String table) throws SQLException {
		try (PreparedStatement query = connection
			.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND lower(name) = lower(?)")) {
			query.setString(1, unqualified(table));
			try (ResultSet rows = query.executeQuery()) {
				return rows.next();
			}
		}
	}

}
