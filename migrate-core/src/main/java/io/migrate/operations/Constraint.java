package io.migrate.operations;

import java.util.List;
import java.util.Objects;

/**
 * A table constraint: a primary key, a unique constraint, a foreign key or a check. Listed in a
 * {@link Operations#createTable createTable}, or added to an existing table by the
 * {@code create...} operations.
 */
public final class Constraint implements TableElement {

	private final ConstraintType type;

	private final String name;

	private final List<String> columns;

	private final String referencedTable;

	private final List<String> referencedColumns;

	private final String onDelete;

	private final String condition;

	private Constraint(ConstraintType type, String name, List<String> columns, String referencedTable,
			List<String> referencedColumns, String onDelete, String condition) {
		this.type = type;
		this.name = (name != null) ? Names.check("constraint", name) : null;
		this.columns = columns;
		this.referencedTable = referencedTable;
		this.referencedColumns = referencedColumns;
		this.onDelete = onDelete;
		this.condition = condition;
	}

	/**
	 * @param name the constraint's name, or null to let the database name it
	 * @param columns the key's columns
	 * @return a primary key
	 */
	public static Constraint primaryKey(String name, String... columns) {
		return new Constraint(ConstraintType.PRIMARY_KEY, name, Names.checkAll("column", List.of(columns)), null,
				List.of(), null, null);
	}

	/**
	 * @param name the constraint's name, or null to let the database name it
	 * @param columns the columns whose values together are unique
	 * @return a unique constraint
	 */
	public static Constraint unique(String name, String... columns) {
		return new Constraint(ConstraintType.UNIQUE, name, Names.checkAll("column", List.of(columns)), null, List.of(),
				null, null);
	}

	/**
	 * @param name the constraint's name, or null to let the database name it
	 * @param columns the referencing columns
	 * @param referencedTable the referenced table
	 * @param referencedColumns the referenced columns, as many as {@code columns}
	 * @param onDelete the {@code ON DELETE} action, or null
	 * @return a foreign key
	 */
	public static Constraint foreignKey(String name, List<String> columns, String referencedTable,
			List<String> referencedColumns, String onDelete) {
		if (columns.size() != referencedColumns.size()) {
			throw new IllegalArgumentException("Foreign key " + name + " has " + columns.size() + " columns but references "
					+ referencedColumns.size());
		}
		return new Constraint(ConstraintType.FOREIGN_KEY, name, Names.checkAll("column", columns),
				Names.check("table", referencedTable), Names.checkAll("column", referencedColumns), onDelete, null);
	}

	/**
	 * @param name the constraint's name, or null to let the database name it
	 * @param condition the SQL condition every row satisfies, e.g. {@code salary >= 0}
	 * @return a check constraint
	 */
	public static Constraint check(String name, String condition) {
		if (condition == null || condition.isBlank()) {
			throw new IllegalArgumentException("A check constraint needs a condition");
		}
		return new Constraint(ConstraintType.CHECK, name, List.of(), null, List.of(), null, condition.strip());
	}

	/** @return the kind of constraint */
	public ConstraintType type() {
		return this.type;
	}

	/** @return the name, or null when the database names it */
	public String name() {
		return this.name;
	}

	/** @return the constrained columns (empty for a check) */
	public List<String> columns() {
		return this.columns;
	}

	/** @return the referenced table of a foreign key, or null */
	public String referencedTable() {
		return this.referencedTable;
	}

	/** @return the referenced columns of a foreign key */
	public List<String> referencedColumns() {
		return this.referencedColumns;
	}

	/** @return the ON DELETE action of a foreign key, or null */
	public String onDelete() {
		return this.onDelete;
	}

	/** @return the condition of a check, or null */
	public String condition() {
		return this.condition;
	}

	Constraint withColumns(List<String> newColumns) {
		return new Constraint(this.type, this.name, List.copyOf(newColumns), this.referencedTable,
				this.referencedColumns, this.onDelete, this.condition);
	}

	/** @return the dialect-independent description; part of checksums */
	@Override
	public String toString() {
		String prefix = (this.name != null) ? "CONSTRAINT " + this.name + " " : "";
		return prefix + switch (this.type) {
			case PRIMARY_KEY -> "PRIMARY KEY (" + String.join(", ", this.columns) + ")";
			case UNIQUE -> "UNIQUE (" + String.join(", ", this.columns) + ")";
			case FOREIGN_KEY -> "FOREIGN KEY (" + String.join(", ", this.columns) + ") REFERENCES " + this.referencedTable
					+ " (" + String.join(", ", this.referencedColumns) + ")"
					+ ((this.onDelete != null) ? " ON DELETE " + this.onDelete : "");
			case CHECK -> "CHECK (" + this.condition + ")";
		};
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Constraint constraint && constraint.toString().equals(toString());
	}

	@Override
	public int hashCode() {
		return Objects.hash(toString());
	}

}
