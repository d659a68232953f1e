package io.migrate.databases;

import io.migrate.operations.Column;
import io.migrate.operations.ColumnType;
import io.migrate.operations.Constraint;
import io.migrate.operations.ConstraintType;
import io.migrate.operations.JavaRevision;
import io.migrate.operations.Operations;
import io.migrate.operations.Revision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A chain of Java revisions that uses every operation, for the cross-database tests. */
final class EmployeeRevisions {

	private EmployeeRevisions() {
	}

	static List<JavaRevision> all() {
		return List.of(new Create(), new Reshape(), new Constrain(), new Drop(), new Irreversible());
	}

	static Map<String, Object> row(Object... keysAndValues) {
		Map<String, Object> row = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			row.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return row;
	}

	/** createTable with every portable type and constraint, bulkInsert; downgrade written. */
	@Revision(id = "a1", message = "create tables")
	static final class Create extends JavaRevision {

		@Override
		public void upgrade(Operations op) {
			op.createTable("departments", Column.of("id", ColumnType.INTEGER).primaryKey().identity(),
					Column.of("name", ColumnType.varchar(100)).notNull().unique(),
					Column.of("budget", ColumnType.decimal(10, 2)).notNull().serverDefault("0"));
			op.createTable("employees", Column.of("id", ColumnType.BIGINT).primaryKey(),
					Column.of("name", ColumnType.varchar(100)).notNull(),
					Column.of("department_id", ColumnType.INTEGER).references("departments", "id"),
					Column.of("hired", ColumnType.DATE), Column.of("active", ColumnType.BOOLEAN),
					Column.of("notes", ColumnType.TEXT), Column.of("photo", ColumnType.BLOB),
					Column.of("seen", ColumnType.TIMESTAMP), Column.of("score", ColumnType.DOUBLE),
					Column.of("tier", ColumnType.SMALLINT), Constraint.check("ck_employees_tier", "tier >= 0"));
			op.bulkInsert("departments", List.of(row("id", 1, "name", "Sales"), row("id", 2, "name", "It's")));
			op.bulkInsert("employees",
					List.of(row("id", 10L, "name", "Ann", "department_id", 1, "hired", LocalDate.of(2020, 1, 31),
							"active", true, "notes", "first", "seen", LocalDateTime.of(2021, 2, 3, 4, 5, 6), "score",
							1.5, "tier", 2),
							row("id", 11L, "name", "Bob", "department_id", 2, "hired", null, "active", false, "notes",
									null, "seen", null, "score", null, "tier", 0)));
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("employees").dropTable("departments");
		}

	}

	/** Renames, added columns and indexes: the downgrade is derived. */
	@Revision(id = "b2", revises = "a1", message = "reshape")
	static final class Reshape extends JavaRevision {

		@Override
		public void upgrade(Operations op) {
			op.renameTable("employees", "staff");
			op.renameColumn("staff", "name", "full_name");
			op.addColumn("staff", Column.of("email", ColumnType.varchar(200)));
			op.addColumn("staff", Column.of("grade", ColumnType.INTEGER).notNull().serverDefault("1"));
			op.createIndex("ix_staff_email", "staff", List.of("email"), true, false);
			op.createIndex("ix_staff_hired", "staff", List.of("hired"), false, true);
		}

	}

	/** Column changes and constraints on existing tables: the downgrade is derived. */
	@Revision(id = "c3", revises = "b2", message = "constrain")
	static final class Constrain extends JavaRevision {

		@Override
		public void upgrade(Operations op) {
			op.alterColumn("staff", "email", (c) -> c.type(ColumnType.varchar(300)).existingType(ColumnType.varchar(200)));
			op.alterColumn("staff", "notes", (c) -> c.rename("remarks").serverDefault("'none'").existingServerDefault(null));
			op.alterColumn("staff", "grade", (c) -> c.nullable(true).existingNullable(false));
			op.alterColumn("staff", "tier", (c) -> c.nullable(false).existingNullable(true));
			op.addColumn("staff", Column.of("manager_id", ColumnType.BIGINT));
			op.createForeignKey("fk_staff_manager", "staff", "staff", List.of("manager_id"), List.of("id"));
			op.createUniqueConstraint("uq_staff_name", "staff", "full_name");
			op.createCheckConstraint("ck_departments_budget", "departments", "budget >= 0");
		}

	}

	/** Drops, with a written downgrade. */
	@Revision(id = "d4", revises = "c3", message = "drop")
	static final class Drop extends JavaRevision {

		@Override
		public void upgrade(Operations op) {
			op.dropIndex("ix_staff_hired", "staff");
			op.dropConstraint("ck_departments_budget", "departments", ConstraintType.CHECK);
			op.dropConstraint("uq_staff_name", "staff", ConstraintType.UNIQUE);
			op.dropConstraint("fk_staff_manager", "staff", ConstraintType.FOREIGN_KEY);
			op.dropColumn("staff", "photo");
			op.execute("UPDATE staff SET remarks = 'dropped' WHERE remarks IS NULL");
		}

		@Override
		public void downgrade(Operations op) {
			op.addColumn("staff", Column.of("photo", ColumnType.BLOB));
			op.createForeignKey("fk_staff_manager", "staff", "staff", List.of("manager_id"), List.of("id"));
			op.createUniqueConstraint("uq_staff_name", "staff", "full_name");
			op.createCheckConstraint("ck_departments_budget", "departments", "budget >= 0");
			op.createIndex("ix_staff_hired", "staff", "hired");
		}

	}

	/** No inverse and no written downgrade. */
	@Revision(id = "e5", revises = "d4", message = "irreversible")
	static final class Irreversible extends JavaRevision {

		@Override
		public void upgrade(Operations op) {
			op.createTable("scratch", Column.of("id", ColumnType.INTEGER));
			op.dropTable("scratch");
		}

	}

}
