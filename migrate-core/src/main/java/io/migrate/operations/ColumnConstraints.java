package io.migrate.operations;

import java.util.ArrayList;
import java.util.List;

/** The named constraints a column's own {@code unique()} and {@code references(...)} stand for. */
final class ColumnConstraints {

	private ColumnConstraints() {
	}

	/** @return the column's unique constraint and foreign key, named {@code uq_<table>_<column>} and {@code fk_<table>_<column>} */
	static List<Constraint> of(String table, Column column) {
		List<Constraint> constraints = new ArrayList<>(2);
		String base = unqualified(table) + "_" + column.name();
		if (column.isUnique()) {
			constraints.add(Constraint.unique("uq_" + base, column.name()));
		}
		if (column.referencedTable() != null) {
			constraints.add(Constraint.foreignKey("fk_" + base, List.of(column.name()), column.referencedTable(),
					List.of(column.referencedColumn()), column.onDelete()));
		}
		return constraints;
	}

	static String unqualified(String table) {
		int dot = table.lastIndexOf('.');
		return (dot >= 0) ? table.substring(dot + 1) : table;
	}

}
