package io.migrate.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL database of the bench's own ({@code migrate_bench}), created on first use; its
 * {@code public} schema is dropped and created again before every repetition.
 */
public final class PostgresTarget extends Target {

	private static final String DATABASE = "migrate_bench";

	private final String serverUrl;

	private final String user;

	private final String password;

	/**
	 * @param serverUrl a JDBC URL of an existing database on the server, e.g.
	 * {@code jdbc:postgresql://127.0.0.1:5432/test}
	 * @param user the user
	 * @param password the password, or null
	 */
	public PostgresTarget(String serverUrl, String user, String password) throws SQLException {
		this.serverUrl = serverUrl;
		this.user = user;
		this.password = password;
		try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
				Statement statement = connection.createStatement()) {
			try (ResultSet exists = statement
				.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
				if (exists.next()) {
					return;
				}
			}
			statement.execute("CREATE DATABASE " + DATABASE);
		}
	}

	/** @return whether a PostgreSQL server answers at {@code serverUrl} */
	public static boolean reachable(String serverUrl, String user, String password) {
		try (Connection connection = DriverManager.getConnection(serverUrl, user, password)) {
			return connection.isValid(2);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	@Override
	public String database() {
		return "postgresql";
	}

	@Override
	public String storage() {
		return "server";
	}

	@Override
	public String url() {
		int slash = this.serverUrl.lastIndexOf('/');
		int query = this.serverUrl.indexOf('?', slash);
		return this.serverUrl.substring(0, slash + 1) + DATABASE + ((query >= 0) ? this.serverUrl.substring(query) : "");
	}

	@Override
	public String user() {
		return this.user;
	}

	@Override
	public String password() {
		return this.password;
	}

	@Override
	public void reset() throws SQLException {
		try (Connection connection = open(); Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
			statement.execute("CREATE SCHEMA public");
		}
	}

	@Override
	public int workloadTables() throws SQLException {
		try (Connection connection = open(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT count(*) FROM information_schema.tables"
						+ " WHERE table_schema = 'public' AND table_name ~ '^t[0-9]+$'")) {
			rows.next();
			return rows.getInt(1);
		}
	}

}
