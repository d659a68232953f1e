package io.migrate.databases;

import io.migrate.ConnectionFactory;
import io.migrate.MigrateConfig;
import io.migrate.Migrator;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, empty database of one kind for one test: a SQLite file, an H2 in-memory database, a
 * PostgreSQL schema or a MariaDB database. Server kinds skip with a message when the server does
 * not answer, except under {@code CI=true}, where they fail.
 */
public final class TestDatabase implements AutoCloseable {

	private final String url;

	private final String namespace;

	private final String kind;

	private final Runnable cleanup;

	TestDatabase(String url, String namespace, String kind, Runnable cleanup) {
		this.url = url;
		this.namespace = namespace;
		this.kind = kind;
		this.cleanup = cleanup;
	}

	/** @return the kinds, for parameterized tests */
	public static List<String> kinds() {
		return List.of("sqlite", "h2", "postgresql", "mariadb");
	}

	/** @return a fresh database of {@code kind} */
	public static TestDatabase create(String kind, Path temp) {
		return switch (kind) {
			case "sqlite" -> new TestDatabase("jdbc:sqlite:" + temp.resolve("test.db"), null, "sqlite", () -> {
			});
			// a file database with AUTO_SERVER, so that several processes can share it
			case "h2" -> new TestDatabase("jdbc:h2:file:" + temp.resolve("h2db") + ";AUTO_SERVER=TRUE", "PUBLIC", "h2",
					() -> {
					});
			case "postgresql" -> Servers.postgres();
			case "mariadb" -> Servers.mariadb();
			default -> throw new IllegalArgumentException(kind);
		};
	}

	/** @return the JDBC URL of this database */
	public String url() {
		return this.url;
	}

	/** @return the dialect name */
	public String kind() {
		return this.kind;
	}

	/** @return the schema (or catalog, for MariaDB) the tables live in, or null */
	String namespace() {
		return this.namespace;
	}

	/** @return whether DDL rolls back with its transaction */
	public boolean transactionalDdl() {
		return kind().equals("sqlite") || kind().equals("postgresql");
	}

	public ConnectionFactory connections() {
		String url = url();
		return () -> DriverManager.getConnection(url);
	}

	public MigrateConfig.Builder config(Path revisions) {
		return MigrateConfig.builder().locations(List.of(revisions.toString())).connectionFactory(connections());
	}

	public Migrator migrator(Path revisions) {
		return Migrator.create(config(revisions).build());
	}

	/** @return the tables, lower-case, sorted */
	public List<String> tables() {
		return names((metaData) -> metaData.getTables(catalog(), schema(), "%", new String[] { "TABLE" }), "TABLE_NAME");
	}

	/** @return the columns of {@code table}, lower-case, in order */
	public List<String> columns(String table) {
		List<String> columns = names((metaData) -> metaData.getColumns(catalog(), schema(), cased(table), "%"),
				"COLUMN_NAME");
		return columns;
	}

	private String cased(String table) {
		return kind().equals("h2") ? table.toUpperCase(Locale.ROOT) : table;
	}

	private String catalog() {
		return kind().equals("mariadb") ? namespace() : null;
	}

	private String schema() {
		return kind().equals("mariadb") ? null : namespace();
	}

	private interface MetaQuery {

		ResultSet run(DatabaseMetaData metaData) throws SQLException;

	}

	private List<String> names(MetaQuery query, String column) {
		try (Connection connection = connections().open(); ResultSet rows = query.run(connection.getMetaData())) {
			List<String> names = new ArrayList<>();
			while (rows.next()) {
				String name = rows.getString(column).toLowerCase(Locale.ROOT);
				if (!name.startsWith("sqlite_")) {
					names.add(name);
				}
			}
			if (column.equals("TABLE_NAME")) {
				names.sort(null);
			}
			return names;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public List<List<String>> query(String sql) {
		try (Connection connection = connections().open();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			List<List<String>> result = new ArrayList<>();
			while (rows.next()) {
				List<String> row = new ArrayList<>();
				for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
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

	public void execute(String sql) {
		try (Connection connection = connections().open(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Drops the schema or database of a server; nothing for embedded ones. */
	@Override
	public void close() {
		this.cleanup.run();
	}

	private static final java.util.Set<String> WARNED = java.util.concurrent.ConcurrentHashMap.newKeySet();

	static void unavailable(String what, Exception cause) {
		String message = what + " is not reachable (" + cause.getMessage() + "); its tests are skipped."
				+ " Start it (see README, 'Supported databases') or set CI=true to make this a failure";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException(message.replace("its tests are skipped", "CI=true requires it"), cause);
		}
		if (WARNED.add(what)) {
			// Maven shows only a count of skipped tests; say once, where it is read, why.
			System.err.println("WARNING: " + message);
		}
		Assumptions.abort(message);
	}

}
