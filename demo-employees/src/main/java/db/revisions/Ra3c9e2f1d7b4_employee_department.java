package db.revisions;

import io.migrate.operations.Column;
import io.migrate.operations.ColumnType;
import io.migrate.operations.JavaRevision;
import io.migrate.operations.Operations;
import io.migrate.operations.Revision;

/**
 * The fifth revision, written in Java: an employee belongs to a department. On SQLite the
 * foreign key cannot be added by {@code ALTER TABLE}, so {@code employees} is rebuilt (the rows
 * are copied); the downgrade is derived (drop the foreign key and the column, again a rebuild).
 */
@Revision(id = "a3c9e2f1d7b4", revises = "76f31678b786", message = "employee department",
		created = "2023-08-02T18:02:37Z")
public class Ra3c9e2f1d7b4_employee_department extends JavaRevision {

	@Override
	public void upgrade(Operations op) {
		op.addColumn("employees", Column.of("department_id", ColumnType.INTEGER).references("departments", "id"));
	}

}
