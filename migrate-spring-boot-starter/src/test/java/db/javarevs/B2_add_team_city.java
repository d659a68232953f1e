package db.javarevs;

import io.migrate.operations.Column;
import io.migrate.operations.ColumnType;
import io.migrate.operations.JavaRevision;
import io.migrate.operations.Operations;
import io.migrate.operations.Revision;

/** A Java revision found by scanning {@code classpath:db/javarevs}, between the two SQL files. */
@Revision(id = "jr2", revises = "jr1", message = "add team city")
public class B2_add_team_city extends JavaRevision {

	@Override
	public void upgrade(Operations op) {
		op.addColumn("teams", Column.of("city", ColumnType.varchar(80)));
	}

}
