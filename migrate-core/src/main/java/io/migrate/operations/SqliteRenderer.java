package io.migrate.operations;

import io.migrate.operations.Operation.AddColumn;
import io.migrate.operations.Operation.AddConstraint;
import io.migrate.operations.Operation.AlterColumn;
import io.migrate.operations.Operation.DropColumn;
import io.migrate.operations.Operation.DropConstraint;
import io.migrate.script.ConnectionRequiredException;
import io.migrate.script.Section;
import io.migrate.script.TransactionHooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * SQLite: what its ALTER TABLE can do (rename a table or a column, add a plain column) runs as
 * ALTER TABLE; everything else (drop a column, change a column's type, nullability or default,
 * add or drop a constraint, add a column with a constraint) rebuilds the table
 * ({@link SqliteRebuild}). Consecutive such operations on one table share one rebuild; a column
 * rename runs natively first. A rebuild reads the table's definition when it runs, so it cannot
 * be rendered offline.
 */
final class SqliteRenderer extends SqlRenderer {

	@Override
	Section section(List<Operation> operations) {
		List<OperationPart> parts = new ArrayList<>();
		List<Operation> group = new ArrayList<>();
		for (Operation operation : split(operations)) {
			if (needsRebuild(operation)) {
				if (!group.isEmpty() && !group.get(0).table().equalsIgnoreCase(operation.table())) {
					parts.add(rebuild(group));
					group = new ArrayList<>();
				}
				group.add(operation);
			}
			else {
				if (!group.isEmpty()) {
					parts.add(rebuild(group));
					group = new ArrayList<>();
				}
				parts.add(part(operation));
			}
		}
		if (!group.isEmpty()) {
			parts.add(rebuild(group));
		}
		boolean rebuilds = operations.stream().anyMatch(this::needsRebuild);
		return new Section(parts, rebuilds ? new SqliteForeignKeys() : TransactionHooks.NONE);
	}

	/** A rename together with a change of definition: the rename runs natively, then the rebuild. */
	private static List<Operation> split(List<Operation> operations) {
		List<Operation> result = new ArrayList<>(operations.size());
		for (Operation operation : operations) {
			if (operation instanceof AlterColumn alter && alter.newName() != null && alter.changesDefinition()) {
				result.add(new AlterColumn(alter.table(), alter.column(), alter.newName(), null, null, null, null, null,
						null));
				result.add(new AlterColumn(alter.table(), alter.newName(), null, alter.type(), alter.existingType(),
						alter.nullable(), alter.existingNullable(), alter.serverDefault(), alter.existingServerDefault()));
			}
			else {
				result.add(operation);
			}
		}
		return result;
	}

	boolean needsRebuild(Operation operation) {
		if (operation instanceof AddColumn add) {
			Column column = add.column();
			String value = (column.serverDefault() != null) ? column.serverDefault().toUpperCase(Locale.ROOT) : null;
			boolean constantDefault = value == null || !(value.contains("(") || value.startsWith("CURRENT_"));
			return column.isUnique() || column.referencedTable() != null || !constantDefault
					|| (!column.nullable() && value == null);
		}
		return operation instanceof DropColumn || operation instanceof AddConstraint
				|| operation instanceof DropConstraint
				|| (operation instanceof AlterColumn alter && alter.changesDefinition());
	}

	private OperationPart rebuild(List<Operation> group) {
		String table = group.get(0).table();
		String description = "rebuild of table " + table + " for "
				+ group.stream().map(Operation::describe).collect(Collectors.joining(", "));
		return new OperationPart(description, false, (connection) -> {
			if (connection == null) {
				throw new ConnectionRequiredException("On SQLite, " + description.replaceFirst("rebuild", "the rebuild")
						+ " copies the table's current definition, which needs a live connection; run this"
						+ " revision online (without --sql), or write its SQL by hand in a SQL revision");
			}
			SqliteRebuild rebuild = new SqliteRebuild(SqliteTable.read(connection, table));
			for (Operation operation : group) {
				rebuild.apply(operation);
			}
			return rebuild.statements(this);
		});
	}

	@Override
	String identity() {
		// an INTEGER PRIMARY KEY is the rowid: SQLite generates it
		return "";
	}

	@Override
	String type(ColumnType type) {
		return "DOUBLE".equals(type.name()) ? "DOUBLE" : super.type(type);
	}

	@Override
	boolean typedTemporalLiterals() {
		return false;
	}

}
