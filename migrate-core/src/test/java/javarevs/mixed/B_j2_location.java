package javarevs.mixed;

import io.migrate.operations.Column;
import io.migrate.operations.ColumnType;
import io.migrate.operations.JavaRevision;
import io.migrate.operations.Operations;
import io.migrate.operations.Revision;

/** A Java revision between two SQL files. */
@Revision(id = "j2", revises = "s1", message = "location in Java")
public class B_j2_location extends JavaRevision {

	@Override
	public void upgrade(Operations op) {
		op.addColumn("departments", Column.of("location", ColumnType.varchar(100)));
		op.createIndex("ix_departments_location", "departments", "location");
	}

}
