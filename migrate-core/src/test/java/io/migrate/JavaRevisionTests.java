package io.migrate;

import io.migrate.graph.Direction;
import io.migrate.operations.Column;
import io.migrate.operations.ColumnType;
import io.migrate.operations.JavaRevision;
import io.migrate.operations.Operations;
import io.migrate.operations.Revision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.migrate.MigrateExceptionAssert.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

/** Java revisions through the facade: discovery, checksums, offline scripts, plans, skeletons. */
class JavaRevisionTests {

	@TempDir
	Path temp;

	SqliteFixture db;

	@BeforeEach
	void setUp() {
		this.db = new SqliteFixture(this.temp);
	}

	@Revision(id = "j1", message = "employees")
	public static final class Employees extends JavaRevision {

		@Override
		public void upgrade(Operations op) {
			op.createTable("employees", Column.of("id", ColumnType.INTEGER).primaryKey(),
					Column.of("name", ColumnType.varchar(100)).notNull());
			op.createIndex("ix_employees_name", "employees", List.of("name"), false, true);
		}

	}

	/** The same id as {@link Employees}, with an edited upgrade. */
	@Revision(id = "j1", message = "employees")
	public static final class EditedEmployees extends JavaRevision {

		@Override
		public void upgrade(Operations op) {
			op.createTable("employees", Column.of("id", ColumnType.INTEGER).primaryKey(),
					Column.of("name", ColumnType.varchar(200)).notNull());
			op.createIndex("ix_employees_name", "employees", List.of("name"), false, true);
		}

	}

	Migrator migrator(JavaRevision... revisions) {
		MigrateConfig.Builder config = this.db.config();
		for (JavaRevision revision : revisions) {
			config.javaRevision(revision);
		}
		return Migrator.create(config.build());
	}

	@Test
	void sqlFilesAndJavaClassesOnTheClasspathMixInOneGraph() {
		Migrator migrator = Migrator.create(this.db.config().locations(List.of("classpath:javarevs/mixed")).build());

		assertThat(migrator.revisions()).extracting(RevisionInfo::id).containsExactly("s1", "j2", "s3");
		MigrationResult result = migrator.upgrade("head");

		assertThat(result.steps()).extracting(StepResult::revision).containsExactly("s1", "j2", "s3");
		assertThat(this.db.query("SELECT name, location FROM departments")).containsExactly(List.of("Sales", "Riverside"));
		migrator.downgrade("s1");
		assertThat(this.db.columns("departments")).containsExactly("id", "name");
	}

	@Test
	void aJavaRevisionIsFoundInsideAJar() throws IOException {
		Path jar = this.temp.resolve("revisions.jar");
		Path classes = Path.of("target/test-classes");
		try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
			for (String entry : List.of("javarevs/", "javarevs/mixed/")) {
				out.putNextEntry(new java.util.jar.JarEntry(entry));
				out.closeEntry();
			}
			for (String file : List.of("javarevs/mixed/B_j2_location.class", "javarevs/mixed/A_s1_departments.sql")) {
				out.putNextEntry(new java.util.jar.JarEntry(file));
				out.write(Files.readAllBytes(classes.resolve(file)));
				out.closeEntry();
			}
		}
		// lists folders only in the jar; loads classes through the test class path
		try (var loader = new java.net.URLClassLoader(new java.net.URL[] { jar.toUri().toURL() },
				JavaRevisionTests.class.getClassLoader()) {

			@Override
			public java.util.Enumeration<java.net.URL> getResources(String name) throws IOException {
				return findResources(name);
			}

		}) {
			Migrator migrator = Migrator
				.create(this.db.config().locations(List.of("classpath:javarevs/mixed")).classLoader(loader).build());

			assertThat(migrator.revisions()).extracting(RevisionInfo::id, RevisionInfo::source)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("s1", jar + "!/javarevs/mixed/A_s1_departments.sql"),
						org.assertj.core.groups.Tuple.tuple("j2", "javarevs.mixed.B_j2_location"));
		}
	}

	@Test
	void anEditedAppliedJavaRevisionFailsTheChecksumCheck() {
		migrator(new Employees()).upgrade("head");

		assertFails(() -> migrator(new EditedEmployees()).upgrade("head"), MigrateException.Reason.CHECKSUM_MISMATCH)
			.hasMessageContaining("j1")
			.hasMessageContaining("sha256-ops:");
	}

	@Test
	void theChecksumOfAJavaRevisionIsTakenOverItsOperations() {
		migrator(new Employees()).upgrade("head");

		assertThat(migrator(new Employees()).appliedHistory(1).get(0).checksum()).startsWith("sha256-ops:");
		assertThat(migrator(new Employees()).check().ok()).isTrue();
	}

	@Test
	void anOfflineScriptRendersAJavaRevisionForTheDialect() {
		Migrator offline = Migrator.create(MigrateConfig.builder()
			.locations(List.of(this.db.revisions.toString()))
			.dialect("postgresql")
			.javaRevision(new Employees())
			.build());

		String sql = offline.sql(Direction.UPGRADE, "head");

		assertThat(sql).contains("CREATE TABLE employees (\n    id INTEGER NOT NULL,\n    name VARCHAR(100) NOT NULL,"
				+ "\n    PRIMARY KEY (id)\n);");
		assertThat(sql).contains("COMMIT;\n-- this statement runs outside a transaction\n"
				+ "CREATE INDEX CONCURRENTLY ix_employees_name ON employees (name);\nBEGIN;");
	}

	@Test
	void aDryRunPlanShowsTheRenderedStatements() {
		MigrationPlan plan = migrator(new Employees()).plan(Direction.UPGRADE, "head");

		assertThat(plan.steps().get(0).sql()).containsExactly(
				"CREATE TABLE employees (\n    id INTEGER NOT NULL,\n    name VARCHAR(100) NOT NULL,\n    PRIMARY KEY (id)\n)",
				"CREATE INDEX ix_employees_name ON employees (name)");
	}

	@Test
	void revisionJavaWritesAClassSkeletonOnTopOfTheHead() throws IOException {
		this.db.revision("a1", "", "CREATE TABLE one (id INTEGER);", "DROP TABLE one;");
		Path sources = this.temp.resolve("src/main/java/db/revisions");

		CreatedRevision created = this.db.migrator()
			.javaRevision(new NewRevision("add email", "b2", List.of(), false, List.of(), List.of()), sources);

		assertThat(created.path()).isEqualTo(sources.resolve("Rb2_add_email.java"));
		assertThat(Files.readString(created.path())).contains("package db.revisions;")
			.contains("@Revision(id = \"b2\", revises = { \"a1\" }, message = \"add email\"")
			.contains("public class Rb2_add_email extends JavaRevision")
			.contains("public void upgrade(Operations op)");
		assertThat(created.revision().revises()).containsExactly("a1");
	}

}
