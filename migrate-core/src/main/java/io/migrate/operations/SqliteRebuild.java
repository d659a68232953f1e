package io.migrate.operations;

import io.migrate.operations.Operation.AddColumn;
import io.migrate.operations.Operation.AddConstraint;
import io.migrate.operations.Operation.AlterColumn;
import io.migrate.operations.Operation.DropColumn;
import io.migrate.operations.Operation.DropConstraint;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SQLite's "move and copy" for the changes its ALTER TABLE cannot make, after steps 4 to 10 of
 * the procedure in https://www.sqlite.org/lang_altertable.html: create the new table under a
 * temporary name, copy the rows, drop the old table, rename the new one, recreate the indexes
 * and triggers. Several operations on one table are applied to its definition first and share
 * one rebuild. Foreign keys are switched off and checked around the transaction by
 * {@link SqliteForeignKeys}.
 */
final class SqliteRebuild {

	private final SqliteTable table;

	/** new column name to the old column it is copied from; added columns are absent */
	private final Map<String, String> copyFrom = new LinkedHashMap<>();

	private final List<String> droppedColumns = new ArrayList<>();

	SqliteRebuild(SqliteTable table) {
		this.table = table;
		table.columns.forEach((column) -> this.copyFrom.put(column.name(), column.name()));
	}

	void apply(Operation operation) throws SQLException {
		if (operation instanceof AddColumn add) {
			Column column = add.column();
			this.table.columns.add(Column.of(column.name(), column.type()).altered(column.type(), column.nullable(),
					column.serverDefault()));
			this.table.constraints.addAll(ColumnConstraints.of(add.table(), column));
		}
		else if (operation instanceof DropColumn drop) {
			dropColumn(find(drop.column()));
		}
		else if (operation instanceof AlterColumn alter) {
			int index = this.table.columns.indexOf(find(alter.column()));
			Column column = this.table.columns.get(index);
			ColumnType type = (alter.type() != null) ? alter.type() : column.type();
			boolean nullable = (alter.nullable() != null) ? alter.nullable() : column.nullable();
			String serverDefault = (alter.serverDefault() != null) ? alter.serverDefault().sql() : column.serverDefault();
			this.table.columns.set(index, column.altered(type, nullable, serverDefault));
		}
		else if (operation instanceof AddConstraint add) {
			if (add.constraint().type() == ConstraintType.PRIMARY_KEY) {
				this.table.primaryKey.clear();
				this.table.primaryKey.addAll(add.constraint().columns());
			}
			else {
				this.table.constraints.add(add.constraint());
			}
		}
		else if (operation instanceof DropConstraint drop) {
			dropConstraint(drop);
		}
		else {
			throw new IllegalStateException("Not a rebuild operation: " + operation.describe());
		}
	}

	private Column find(String name) throws SQLException {
		for (Column column : this.table.columns) {
			if (column.name().equalsIgnoreCase(name)) {
				return column;
			}
		}
		throw new SQLException("Table " + this.table.name + " has no column " + name);
	}

	private void dropColumn(Column column) throws SQLException {
		String name = column.name().toLowerCase(Locale.ROOT);
		if (this.table.primaryKey.stream().anyMatch((key) -> key.equalsIgnoreCase(name))) {
			throw new SQLException("Column " + column.name() + " is part of the primary key of " + this.table.name
					+ "; it cannot be dropped");
		}
		this.table.columns.remove(column);
		this.copyFrom.remove(column.name());
		this.droppedColumns.add(name);
		this.table.constraints.removeIf((constraint) -> constraint.columns().stream()
			.anyMatch((c) -> c.equalsIgnoreCase(name)));
	}

	private void dropConstraint(DropConstraint drop) throws SQLException {
		if (drop.type() == ConstraintType.PRIMARY_KEY) {
			this.table.primaryKey.clear();
			return;
		}
		boolean removed = this.table.constraints.removeIf((constraint) -> constraint.name() != null
				&& constraint.name().equalsIgnoreCase(drop.name()) && constraint.type() == drop.type());
		if (!removed) {
			throw new SQLException("Table " + this.table.name + " has no " + drop.type() + " constraint named "
					+ drop.name() + " (SQLite keeps the names of constraints declared with CONSTRAINT <name> only)");
		}
	}

	/** @return the statements of the rebuild */
	List<String> statements(SqlRenderer renderer) {
		String temporary = "_migrate_tmp_" + ColumnConstraints.unqualified(this.table.name);
		List<String> elements = new ArrayList<>();
		boolean rowidAlias = this.table.autoincrement && this.table.primaryKey.size() == 1;
		for (Column column : this.table.columns) {
			String definition = renderer.columnDefinition(column);
			if (rowidAlias && column.name().equalsIgnoreCase(this.table.primaryKey.get(0))) {
				definition = definition.replace(" NOT NULL", "") + " PRIMARY KEY AUTOINCREMENT";
			}
			elements.add(definition);
		}
		if (!this.table.primaryKey.isEmpty() && !rowidAlias) {
			elements.add("PRIMARY KEY (" + String.join(", ", this.table.primaryKey) + ")");
		}
		this.table.constraints.forEach((constraint) -> elements.add(constraint.toString()));
		List<String> statements = new ArrayList<>();
		statements.add("CREATE TABLE " + temporary + " (\n    " + String.join(",\n    ", elements) + "\n)");
		String target = String.join(", ", this.copyFrom.keySet());
		String source = String.join(", ", this.copyFrom.values());
		statements.add("INSERT INTO " + temporary + " (" + target + ") SELECT " + source + " FROM " + this.table.name);
		statements.add("DROP TABLE " + this.table.name);
		statements.add("ALTER TABLE " + temporary + " RENAME TO " + this.table.name);
		for (SqliteTable.Index index : this.table.indexes) {
			if (index.columns() == null || index.columns().stream().noneMatch(this::dropped)) {
				statements.add(index.sql());
			}
		}
		statements.addAll(this.table.triggers);
		return statements;
	}

	private boolean dropped(String column) {
		return this.droppedColumns.contains(column.toLowerCase(Locale.ROOT));
	}

}
