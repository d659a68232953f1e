package io.migrate;

import io.migrate.graph.Direction;
import io.migrate.operations.Column;
import io.migrate.operations.ColumnType;
import io.migrate.operations.ConstraintType;
import io.migrate.operations.JavaRevision;
import io.migrate.operations.Operations;
import io.migrate.operations.Revision;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.migrate.MigrateExceptionAssert.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

/** SQLite's table rebuild ("move and copy") on a database that enforces foreign keys. */
class SqliteRebuildTests {

	static final int ROWS = 100_000;

	@TempDir
	Path temp;

	SqliteFixture db;

	String url;

	@BeforeEach
	void setUp() throws SQLException {
		this.db = new SqliteFixture(this.temp);
		this.url = "jdbc:sqlite:" + this.temp.resolve("test.db") + "?foreign_keys=on";
		try (Connection connection = DriverManager.getConnection(this.url);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE departments (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL)");
			statement.execute("CREATE TABLE employees (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(50),"
					+ " department_id INTEGER NOT NULL CONSTRAINT fk_dept REFERENCES departments (id),"
					+ " salary INTEGER DEFAULT 10, CONSTRAINT uq_name UNIQUE (name))");
			statement.execute("CREATE INDEX ix_employees_department ON employees (department_id)");
			statement.execute("CREATE TABLE audit (employee_id INTEGER)");
			statement.execute("CREATE TRIGGER employees_audit AFTER INSERT ON employees BEGIN"
					+ " INSERT INTO audit VALUES (new.id); END");
			statement.execute("INSERT INTO departments VALUES (1, 'Sales'), (2, 'IT')");
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO employees (id, name, department_id) VALUES (?, ?, ?)")) {
				for (int i = 1; i <= ROWS; i++) {
					insert.setInt(1, i);
					insert.setString(2, "e" + i);
					insert.setInt(3, 1 + i % 2);
					insert.addBatch();
				}
				insert.executeBatch();
			}
			statement.execute("DELETE FROM audit");
			connection.commit();
		}
	}

	Migrator migrator(JavaRevision... revisions) {
		MigrateConfig.Builder config = this.db.config().connectionFactory(() -> DriverManager.getConnection(this.url));
		for (JavaRevision revision : revisions) {
			config.javaRevision(revision);
		}
		return Migrator.create(config.build());
	}

	@Revision(id = "r1", message = "tighten employees")
	public static final class Tighten extends JavaRevision {

		@Override
		public void upgrade(Operations op) {
			op.alterColumn("employees", "name", (c) -> c.type(ColumnType.varchar(200)).nullable(false)
				.existingType(ColumnType.varchar(50)).existingNullable(true));
			op.createCheckConstraint("ck_salary", "employees", "salary >= 0");
			op.addColumn("employees", Column.of("email", ColumnType.TEXT).unique());
			op.alterColumn("departments", "name", (c) -> c.serverDefault("'n/a'").existingServerDefault(null));
		}

	}

	@Test
	void aRebuildOfAHundredThousandRowsKeepsDataIndexesTriggersAndForeignKeys() {
		migrator(new Tighten()).upgrade("head");

		assertThat(this.db.query("SELECT count(*), sum(id), sum(department_id) FROM employees"))
			.containsExactly(List.of(String.valueOf(ROWS), String.valueOf((long) ROWS * (ROWS + 1) / 2), "150000"));
		assertThat(this.db.query("SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger')"
				+ " AND tbl_name = 'employees' AND sql IS NOT NULL ORDER BY name"))
			.containsExactly(List.of("employees_audit"), List.of("ix_employees_department"));
		assertThat(this.db.query("SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list('employees')"))
			.containsExactly(List.of("departments", "department_id", "id"));
		assertThat(this.db.query("SELECT type, \"notnull\" FROM pragma_table_info('employees') WHERE name = 'name'"))
			.containsExactly(List.of("VARCHAR(200)", "1"));
		assertThat(this.db.query("SELECT sql FROM sqlite_master WHERE name = 'employees'").get(0).get(0))
			.contains("CONSTRAINT fk_dept FOREIGN KEY", "CONSTRAINT uq_name UNIQUE (name)", "CONSTRAINT ck_salary CHECK",
					"AUTOINCREMENT", "CONSTRAINT uq_employees_email UNIQUE (email)");
	}

	@Test
	void constraintsHoldAfterTheRebuild() {
		migrator(new Tighten()).upgrade("head");

		assertThat(refused("INSERT INTO employees (name, department_id) VALUES ('x', 9)")).contains("FOREIGN KEY");
		assertThat(refused("INSERT INTO employees (name, department_id, salary) VALUES ('x', 1, -1)")).contains("CHECK");
		assertThat(refused("INSERT INTO employees (name, department_id) VALUES ('e1', 1)")).contains("UNIQUE");
		execute("INSERT INTO employees (name, department_id) VALUES ('new', 1)");
		assertThat(this.db.query("SELECT count(*) FROM audit")).containsExactly(List.of("1"));
		execute("INSERT INTO departments (id) VALUES (3)");
		assertThat(this.db.query("SELECT name FROM departments WHERE id = 3")).containsExactly(List.of("n/a"));
	}

	@Test
	void severalOperationsOnOneTableShareOneRebuild() {
		MigrationPlan plan = migrator(new Tighten()).plan(Direction.UPGRADE, "head");

		List<String> sql = plan.steps().get(0).sql();
		assertThat(sql.stream().filter((statement) -> statement.startsWith("CREATE TABLE _migrate_tmp_employees")))
			.hasSize(1);
		assertThat(sql.stream().filter((statement) -> statement.startsWith("CREATE TABLE _migrate_tmp_departments")))
			.hasSize(1);
	}

	@Test
	void theDerivedDowngradeRebuildsBackAndKeepsTheRows() {
		Migrator migrator = migrator(new Tighten());
		migrator.upgrade("head");

		migrator.downgrade("base");

		assertThat(this.db.columns("employees")).containsExactly("id", "name", "department_id", "salary");
		assertThat(this.db.query("SELECT type, \"notnull\" FROM pragma_table_info('employees') WHERE name = 'name'"))
			.containsExactly(List.of("VARCHAR(50)", "0"));
		assertThat(this.db.query("SELECT count(*) FROM employees")).containsExactly(List.of(String.valueOf(ROWS)));
	}

	@Revision(id = "r2", message = "breaks a foreign key")
	public static final class BreakForeignKey extends JavaRevision {

		@Override
		public void upgrade(Operations op) {
			op.execute("DELETE FROM departments WHERE id = 2");
			op.dropConstraint("uq_name", "employees", ConstraintType.UNIQUE);
		}

	}

	@Test
	void aRebuildThatLeavesBrokenForeignKeysIsRolledBack() {
		Migrator migrator = migrator(new BreakForeignKey());

		assertFails(() -> migrator.upgrade("head"), MigrateException.Reason.STATEMENT_FAILED)
			.hasMessageContaining("Foreign key check failed")
			.hasMessageContaining("rolled back");

		assertThat(this.db.query("SELECT count(*) FROM departments")).containsExactly(List.of("2"));
		assertThat(this.db.query("SELECT sql FROM sqlite_master WHERE name = 'employees'").get(0).get(0))
			.contains("uq_name");
		assertThat(migrator.current()).isEmpty();
	}

	@Test
	void anOfflineScriptSaysThatARebuildNeedsALiveConnection() {
		Migrator offline = Migrator.create(MigrateConfig.builder()
			.locations(List.of(this.db.revisions.toString()))
			.dialect("sqlite")
			.javaRevision(new Tighten())
			.build());

		assertFails(() -> offline.sql(Direction.UPGRADE, "head"), MigrateException.Reason.USAGE)
			.hasMessageContaining("rebuild of table employees")
			.hasMessageContaining("needs a live connection");
	}

	private String refused(String sql) {
		try {
			execute(sql);
		}
		catch (IllegalStateException ex) {
			return ex.getCause().getMessage();
		}
		throw new AssertionError("Not refused: " + sql);
	}

	private void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(this.url);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
