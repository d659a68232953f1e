package io.migrate.operations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The operations a {@link JavaRevision} is written with, after Alembic's {@code op}. Each call
 * records an operation; nothing runs until the revision is applied, when each dialect renders
 * them (on SQLite, rebuilding a table where its ALTER TABLE cannot do the change). Names are
 * written into the SQL unquoted, as given.
 */
public final class Operations {

	private final List<Operation> recorded = new ArrayList<>();

	Operations() {
	}

	/** @return the operations recorded so far, in order */
	List<Operation> recorded() {
		return List.copyOf(this.recorded);
	}

	private Operations add(Operation operation) {
		this.recorded.add(operation);
		return this;
	}

	/**
	 * Creates a table. Columns marked {@link Column#primaryKey()} form its primary key; a column's
	 * {@code unique()} and {@code references(...)} become constraints named {@code uq_<table>_<column>}
	 * and {@code fk_<table>_<column>}. Reversible: the downgrade drops the table.
	 * @param table the table's name
	 * @param elements its columns and table constraints
	 * @return these operations
	 */
	public Operations createTable(String table, TableElement... elements) {
		List<Column> columns = new ArrayList<>();
		List<Constraint> constraints = new ArrayList<>();
		Set<String> names = new LinkedHashSet<>();
		for (TableElement element : elements) {
			if (element instanceof Column column) {
				if (!names.add(column.name())) {
					throw new IllegalArgumentException("Table " + table + " lists column " + column.name() + " twice");
				}
				columns.add(column);
			}
			else {
				constraints.add((Constraint) element);
			}
		}
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("Table " + table + " needs at least one column");
		}
		return add(new Operation.CreateTable(Names.check("table", table), List.copyOf(columns),
				List.copyOf(constraints)));
	}

	/** Drops a table. Irreversible: a revision that drops a table writes its own downgrade. */
	public Operations dropTable(String table) {
		return add(new Operation.DropTable(Names.check("table", table)));
	}

	/** Renames a table. Reversible. */
	public Operations renameTable(String table, String newName) {
		return add(new Operation.RenameTable(Names.check("table", table), Names.check("table", newName)));
	}

	/**
	 * Adds a column; its {@code unique()} and {@code references(...)} become named constraints as
	 * in {@link #createTable}. Reversible: the downgrade drops them and the column.
	 * @throws IllegalArgumentException for a primary-key column (create the table with it instead)
	 */
	public Operations addColumn(String table, Column column) {
		if (column.isPrimaryKey()) {
			throw new IllegalArgumentException("addColumn cannot add primary-key column " + column.name()
					+ " to " + table + "; declare the key when the table is created");
		}
		return add(new Operation.AddColumn(Names.check("table", table), column));
	}

	/** Drops a column. Irreversible: a revision that drops a column writes its own downgrade. */
	public Operations dropColumn(String table, String column) {
		return add(new Operation.DropColumn(Names.check("table", table), Names.check("column", column)));
	}

	/**
	 * Changes a column's name, type, nullability or server default. Reversible when every changed
	 * attribute's previous value is given ({@code existing...}); a rename alone always is.
	 * @param change says what changes, e.g. {@code (c) -> c.rename("full_name")}
	 */
	public Operations alterColumn(String table, String column, Consumer<ColumnChange> change) {
		ColumnChange c = new ColumnChange();
		change.accept(c);
		if (c.newName == null && c.type == null && c.nullable == null && c.serverDefault == null) {
			throw new IllegalArgumentException("alterColumn(" + table + ", " + column + ") changes nothing");
		}
		return add(new Operation.AlterColumn(Names.check("table", table), Names.check("column", column), c.newName,
				c.type, c.existingType, c.nullable, c.existingNullable, c.serverDefault, c.existingServerDefault));
	}

	/** Renames a column: {@code alterColumn(table, column, (c) -> c.rename(newName))}. Reversible. */
	public Operations renameColumn(String table, String column, String newName) {
		return alterColumn(table, column, (c) -> c.rename(newName));
	}

	/** Creates an index. Reversible. */
	public Operations createIndex(String name, String table, String... columns) {
		return createIndex(name, table, List.of(columns), false, false);
	}

	/**
	 * Creates an index. Reversible.
	 * @param unique whether it is a unique index
	 * @param concurrently on PostgreSQL, build it without locking writes; that step then runs
	 * outside the revision's transaction by itself. Ignored elsewhere
	 */
	public Operations createIndex(String name, String table, List<String> columns, boolean unique,
			boolean concurrently) {
		return add(new Operation.CreateIndex(Names.check("index", name), Names.check("table", table),
				Names.checkAll("column", columns), unique, concurrently));
	}

	/** Drops an index of {@code table}. Irreversible. */
	public Operations dropIndex(String name, String table) {
		return add(new Operation.DropIndex(Names.check("index", name), Names.check("table", table), false));
	}

	/** Adds a unique constraint. Reversible. */
	public Operations createUniqueConstraint(String name, String table, String... columns) {
		return add(new Operation.AddConstraint(Names.check("table", table),
				Constraint.unique(Objects.requireNonNull(name, "name"), columns)));
	}

	/** Adds a foreign key. Reversible. */
	public Operations createForeignKey(String name, String table, String referencedTable, List<String> columns,
			List<String> referencedColumns) {
		return createForeignKey(name, table, referencedTable, columns, referencedColumns, null);
	}

	/**
	 * Adds a foreign key. Reversible.
	 * @param onDelete the {@code ON DELETE} action, or null
	 */
	public Operations createForeignKey(String name, String table, String referencedTable, List<String> columns,
			List<String> referencedColumns, String onDelete) {
		return add(new Operation.AddConstraint(Names.check("table", table), Constraint
			.foreignKey(Objects.requireNonNull(name, "name"), columns, referencedTable, referencedColumns, onDelete)));
	}

	/** Adds a check constraint, e.g. {@code createCheckConstraint("ck_salary", "employees", "salary >= 0")}. Reversible. */
	public Operations createCheckConstraint(String name, String table, String condition) {
		return add(new Operation.AddConstraint(Names.check("table", table),
				Constraint.check(Objects.requireNonNull(name, "name"), condition)));
	}

	/** Drops a named constraint of the given type. Irreversible. */
	public Operations dropConstraint(String name, String table, ConstraintType type) {
		return add(new Operation.DropConstraint(Names.check("constraint", name), Names.check("table", table),
				Objects.requireNonNull(type, "type")));
	}

	/** Runs a SQL statement as written, on every database. Irreversible. */
	public Operations execute(String sql) {
		if (sql == null || sql.isBlank()) {
			throw new IllegalArgumentException("execute needs a statement");
		}
		return add(new Operation.Execute(sql.strip()));
	}

	/**
	 * Inserts rows, written as literals (so offline scripts hold them too). The first row's keys,
	 * in its iteration order, are the columns; a row without one of them inserts NULL.
	 * Irreversible.
	 * @param rows values: null, String, Boolean, numbers, LocalDate, LocalDateTime
	 */
	public Operations bulkInsert(String table, List<? extends Map<String, ?>> rows) {
		if (rows.isEmpty()) {
			return this;
		}
		List<String> columns = Names.checkAll("column", new ArrayList<>(rows.get(0).keySet()));
		List<List<Object>> values = new ArrayList<>(rows.size());
		for (Map<String, ?> row : rows) {
			if (!columns.containsAll(row.keySet())) {
				throw new IllegalArgumentException("A bulkInsert row into " + table + " has columns the first row"
						+ " lacks: " + row.keySet() + "; give every column in the first row (null for none)");
			}
			List<Object> line = new ArrayList<>(columns.size());
			for (String column : columns) {
				line.add(Literals.check(row.get(column)));
			}
			values.add(java.util.Collections.unmodifiableList(line));
		}
		return add(new Operation.BulkInsert(Names.check("table", table), columns, List.copyOf(values)));
	}

}
