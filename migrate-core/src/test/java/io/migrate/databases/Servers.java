package io.migrate.databases;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * PostgreSQL and MariaDB test databases on the local servers. Each test gets its own schema
 * (PostgreSQL) or database (MariaDB), dropped when the test closes it. The admin URLs can be
 * overridden with {@code MIGRATE_TEST_POSTGRES_URL} and {@code MIGRATE_TEST_MARIADB_URL}.
 */
final class Servers {

	static final String POSTGRES_URL = env("MIGRATE_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

	static final String MARIADB_URL = env("MIGRATE_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root&password=");

	private Servers() {
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

	static TestDatabase postgres() {
		String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		admin("PostgreSQL at " + POSTGRES_URL, POSTGRES_URL, "CREATE SCHEMA " + schema);
		String url = POSTGRES_URL + (POSTGRES_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema
				+ "&ApplicationName=migrate-tests";
		return new TestDatabase(url, schema, "postgresql",
				() -> admin("cleanup", POSTGRES_URL, "DROP SCHEMA " + schema + " CASCADE"));
	}

	static TestDatabase mariadb() {
		String database = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		admin("MariaDB at " + MARIADB_URL, MARIADB_URL, "CREATE DATABASE " + database);
		String url = MARIADB_URL.replaceFirst("/test(\\?|$)", "/" + database + "$1");
		return new TestDatabase(url, database, "mariadb",
				() -> admin("cleanup", MARIADB_URL, "DROP DATABASE " + database));
	}

	private static void admin(String what, String url, String sql) {
		try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			TestDatabase.unavailable(what, ex);
		}
	}

}
