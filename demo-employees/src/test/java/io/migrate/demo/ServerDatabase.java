package io.migrate.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * A fresh PostgreSQL schema or MariaDB database on the local server, dropped on close. The admin
 * URLs are the ones migrate-core's tests use ({@code MIGRATE_TEST_POSTGRES_URL},
 * {@code MIGRATE_TEST_MARIADB_URL}). A server that does not answer skips the test, except under
 * {@code CI=true}, where it fails.
 */
final class ServerDatabase implements AutoCloseable {

	private final String url;

	private final String adminUrl;

	private final String drop;

	private ServerDatabase(String url, String adminUrl, String drop) {
		this.url = url;
		this.adminUrl = adminUrl;
		this.drop = drop;
	}

	static ServerDatabase create(String kind) {
		String name = "demo_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		if (kind.equals("postgresql")) {
			String admin = env("MIGRATE_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
			admin("PostgreSQL at " + admin, admin, "CREATE SCHEMA " + name);
			return new ServerDatabase(admin + (admin.contains("?") ? "&" : "?") + "currentSchema=" + name, admin,
					"DROP SCHEMA " + name + " CASCADE");
		}
		String admin = env("MIGRATE_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root&password=");
		admin("MariaDB at " + admin, admin, "CREATE DATABASE " + name);
		return new ServerDatabase(admin.replaceFirst("/test(\\?|$)", "/" + name + "$1"), admin, "DROP DATABASE " + name);
	}

	/** @return the JDBC URL of this database, credentials included */
	String url() {
		return this.url;
	}

	@Override
	public void close() {
		admin("cleanup", this.adminUrl, this.drop);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

	private static void admin(String what, String url, String sql) {
		try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			String message = what + " is not reachable (" + ex.getMessage() + ")";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(message + "; CI=true requires it", ex);
			}
			Assumptions.abort(message + "; skipped (CI=true makes this a failure)");
		}
	}

}
