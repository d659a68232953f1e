package io.migrate.databases;

import io.migrate.MigrateConfig;
import io.migrate.MigrateException;
import io.migrate.Migrator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every operation of the Java revision API on SQLite, H2, PostgreSQL and MariaDB. */
class JavaRevisionDatabaseTests {

	@TempDir
	Path temp;

	TestDatabase db;

	Migrator migrator;

	static List<String> kinds() {
		return TestDatabase.kinds();
	}

	void open(String kind) throws IOException {
		this.db = TestDatabase.create(kind, this.temp);
		MigrateConfig.Builder config = this.db.config(Files.createDirectories(this.temp.resolve("revisions")));
		EmployeeRevisions.all().forEach(config::javaRevision);
		this.migrator = Migrator.create(config.build());
	}

	@AfterEach
	void close() {
		if (this.db != null) {
			this.db.close();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void createTableAndBulkInsertWriteEveryPortableType(String kind) throws IOException {
		open(kind);

		this.migrator.upgrade("a1");

		assertThat(this.db.columns("employees")).containsExactly("id", "name", "department_id", "hired", "active",
				"notes", "photo", "seen", "score", "tier");
		assertThat(this.db.query("SELECT id, name FROM departments ORDER BY id"))
			.containsExactly(List.of("1", "Sales"), List.of("2", "It's"));
		List<List<String>> ann = this.db.query("SELECT name, hired, notes, seen, score, tier FROM employees WHERE id = 10");
		assertThat(ann.get(0).get(0)).isEqualTo("Ann");
		assertThat(ann.get(0).get(1)).startsWith("2020-01-31");
		assertThat(ann.get(0).get(3)).startsWith("2021-02-03");
		assertThat(Double.parseDouble(ann.get(0).get(4))).isEqualTo(1.5);
		assertThat(this.db.query("SELECT budget FROM departments WHERE id = 1").get(0).get(0)).startsWith("0");
		assertRefused("INSERT INTO departments (id, name) VALUES (3, 'Sales')");
		assertRefused("INSERT INTO employees (id, name, tier) VALUES (12, 'Cy', -1)");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void renamesAddedColumnsAndIndexesApply(String kind) throws IOException {
		open(kind);

		this.migrator.upgrade("b2");

		assertThat(this.db.tables()).contains("departments", "staff").doesNotContain("employees");
		assertThat(this.db.columns("staff")).startsWith("id", "full_name").endsWith("email", "grade");
		assertThat(this.db.query("SELECT full_name, grade FROM staff ORDER BY id"))
			.containsExactly(List.of("Ann", "1"), List.of("Bob", "1"));
		this.db.execute("UPDATE staff SET email = 'a@x' WHERE id = 10");
		assertRefused("UPDATE staff SET email = 'a@x' WHERE id = 11");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void columnChangesAndAddedConstraintsApply(String kind) throws IOException {
		open(kind);

		this.migrator.upgrade("c3");

		assertThat(this.db.columns("staff")).contains("remarks", "manager_id").doesNotContain("notes");
		assertThat(this.db.query("SELECT full_name, remarks FROM staff ORDER BY id"))
			.containsExactly(List.of("Ann", "first"), Arrays.asList("Bob", null));
		this.db.execute("INSERT INTO staff (id, full_name, tier, email, grade) VALUES (12, 'Cy', 1, '"
				+ "x".repeat(250) + "', NULL)");
		assertThat(this.db.query("SELECT remarks FROM staff WHERE id = 12")).containsExactly(List.of("none"));
		assertRefused("INSERT INTO staff (id, full_name) VALUES (13, 'Di')");
		assertRefused("INSERT INTO staff (id, full_name, tier) VALUES (13, 'Ann', 1)");
		assertRefused("UPDATE departments SET budget = -1");
		if (!kind.equals("sqlite")) {
			// SQLite enforces foreign keys only when the connection asks (see SqliteRebuildTests)
			assertRefused("UPDATE staff SET manager_id = 999 WHERE id = 10");
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void derivedDowngradesRoundTripAndKeepTheData(String kind) throws IOException {
		open(kind);
		this.migrator.upgrade("c3");
		this.db.execute("UPDATE staff SET email = 'ann@x' WHERE id = 10");

		this.migrator.downgrade("b2");
		assertThat(this.db.columns("staff")).contains("notes", "grade").doesNotContain("remarks", "manager_id");
		assertThat(this.db.query("SELECT email, notes FROM staff ORDER BY id"))
			.containsExactly(List.of("ann@x", "first"), Arrays.asList(null, null));
		// the unique constraint on full_name is gone again
		this.db.execute("INSERT INTO staff (id, full_name, tier) VALUES (13, 'Ann', 5)");
		this.db.execute("DELETE FROM staff WHERE id = 13");

		this.migrator.downgrade("a1");
		assertThat(this.db.tables()).contains("departments", "employees").doesNotContain("staff");
		assertThat(this.db.columns("employees")).containsExactly("id", "name", "department_id", "hired", "active",
				"notes", "photo", "seen", "score", "tier");
		assertThat(this.db.query("SELECT name, notes FROM employees ORDER BY id"))
			.containsExactly(List.of("Ann", "first"), Arrays.asList("Bob", null));

		assertThat(this.migrator.upgrade("c3").to()).containsExactly("c3");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void dropsRunAndTheirWrittenDowngradeRestoresTheSchema(String kind) throws IOException {
		open(kind);

		this.migrator.upgrade("d4");
		assertThat(this.db.columns("staff")).doesNotContain("photo");
		assertThat(this.db.query("SELECT remarks FROM staff ORDER BY id"))
			.containsExactly(List.of("first"), List.of("dropped"));
		this.db.execute("UPDATE departments SET budget = -1 WHERE id = 2");
		this.db.execute("UPDATE departments SET budget = 0 WHERE id = 2");

		this.migrator.downgrade("c3");
		assertThat(this.db.columns("staff")).contains("photo");
		assertRefused("UPDATE departments SET budget = -1");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void downgradeThroughAnIrreversibleJavaRevisionIsRefusedBeforeAnythingRuns(String kind) throws IOException {
		open(kind);
		this.migrator.upgrade("head");

		assertThatThrownBy(() -> this.migrator.downgrade("base")).isInstanceOf(MigrateException.class)
			.satisfies((ex) -> assertThat(((MigrateException) ex).reason()).isEqualTo(MigrateException.Reason.IRREVERSIBLE))
			.hasMessageContaining("e5")
			.hasMessageContaining("dropTable(scratch)");

		assertThat(this.migrator.current()).containsExactly("e5");
		assertThat(this.db.tables()).contains("departments", "staff");
	}

	private void assertRefused(String sql) {
		assertThatThrownBy(() -> this.db.execute(sql)).as(sql).isInstanceOf(IllegalStateException.class);
	}

}
