package io.migrate;

import io.migrate.operations.ColumnType;
import io.migrate.operations.JavaRevision;
import io.migrate.operations.Operations;
import io.migrate.operations.Revision;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cost of a SQLite rebuild against a plain {@code INSERT INTO ... SELECT} copy of the same
 * 1,000,000-row table. Off by default; run with
 * {@code mvn -pl migrate-core test -Dtest=SqliteRebuildBenchmark -Dmigrate.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "migrate.benchmark", matches = "true")
class SqliteRebuildBenchmark {

	static final int ROWS = 1_000_000;

	@TempDir
	Path temp;

	@Revision(id = "bench", message = "widen name")
	public static final class Widen extends JavaRevision {

		@Override
		public void upgrade(Operations op) {
			op.alterColumn("employees", "name", (c) -> c.type(ColumnType.varchar(200)).nullable(false));
		}

	}

	@Test
	void rebuildOfAMillionRowsAgainstAPlainCopy() throws SQLException {
		SqliteFixture db = new SqliteFixture(this.temp);
		String url = "jdbc:sqlite:" + this.temp.resolve("test.db") + "?foreign_keys=on";
		try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE departments (id INTEGER PRIMARY KEY, name TEXT)");
			statement.execute("INSERT INTO departments VALUES (1, 'a'), (2, 'b')");
			statement.execute("CREATE TABLE employees (id INTEGER PRIMARY KEY, name VARCHAR(50), department_id INTEGER"
					+ " REFERENCES departments (id), salary INTEGER)");
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO employees VALUES (?, ?, ?, ?)")) {
				for (int i = 1; i <= ROWS; i++) {
					insert.setInt(1, i);
					insert.setString(2, "employee " + i);
					insert.setInt(3, 1 + i % 2);
					insert.setInt(4, i % 5000);
					insert.addBatch();
					if (i % 10_000 == 0) {
						insert.executeBatch();
					}
				}
			}
			statement.execute("CREATE INDEX ix_employees_department ON employees (department_id)");
			connection.commit();
			connection.setAutoCommit(true);

			long start = System.nanoTime();
			connection.setAutoCommit(false);
			statement.execute("CREATE TABLE copy (id INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL, department_id"
					+ " INTEGER REFERENCES departments (id), salary INTEGER)");
			statement.execute("INSERT INTO copy SELECT * FROM employees");
			connection.commit();
			long copyMs = (System.nanoTime() - start) / 1_000_000;
			start = System.nanoTime();
			statement.execute("CREATE INDEX ix_copy_department ON copy (department_id)");
			connection.commit();
			long indexMs = (System.nanoTime() - start) / 1_000_000;
			connection.setAutoCommit(true);
			statement.execute("DROP TABLE copy");

			Migrator migrator = Migrator.create(
					db.config().connectionFactory(() -> DriverManager.getConnection(url)).javaRevision(new Widen()).build());
			start = System.nanoTime();
			migrator.upgrade("head");
			long rebuildMs = (System.nanoTime() - start) / 1_000_000;

			assertThat(db.query("SELECT count(*) FROM employees").get(0).get(0)).isEqualTo(String.valueOf(ROWS));
			System.out.printf("SQLite rebuild of %,d rows (copy, drop, rename, 1 index, foreign key check): %d ms;"
					+ " plain CREATE TABLE + INSERT INTO ... SELECT: %d ms (+ %d ms for the index: %d ms)%n", ROWS,
					rebuildMs, copyMs, indexMs, copyMs + indexMs);
		}
	}

}
