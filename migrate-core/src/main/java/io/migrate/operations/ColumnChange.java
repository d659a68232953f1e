package io.migrate.operations;

/**
 * What an {@link Operations#alterColumn alterColumn} changes: the name, the type, nullability,
 * the server default. Saying what a changed attribute was before ({@code existing...}) lets the
 * downgrade be derived; a rename alone is always reversible.
 *
 * <pre>
 * op.alterColumn("employees", "name", (c) -&gt; c.rename("full_name")
 *     .type(ColumnType.varchar(200)).existingType(ColumnType.varchar(100)));
 * </pre>
 */
public final class ColumnChange {

	String newName;

	ColumnType type;

	ColumnType existingType;

	Boolean nullable;

	Boolean existingNullable;

	Operation.Default serverDefault;

	Operation.Default existingServerDefault;

	ColumnChange() {
	}

	/** @return this change, renaming the column to {@code newName} */
	public ColumnChange rename(String newName) {
		this.newName = Names.check("column", newName);
		return this;
	}

	/** @return this change, giving the column type {@code type} */
	public ColumnChange type(ColumnType type) {
		this.type = type;
		return this;
	}

	/** @return this change, saying the column's type before it (needed for a derived downgrade, and on MariaDB offline) */
	public ColumnChange existingType(ColumnType type) {
		this.existingType = type;
		return this;
	}

	/** @return this change, making the column nullable or NOT NULL */
	public ColumnChange nullable(boolean nullable) {
		this.nullable = nullable;
		return this;
	}

	/** @return this change, saying whether the column was nullable before it */
	public ColumnChange existingNullable(boolean nullable) {
		this.existingNullable = nullable;
		return this;
	}

	/**
	 * @param sql the new default as a SQL expression, or null to drop the default
	 * @return this change
	 */
	public ColumnChange serverDefault(String sql) {
		this.serverDefault = new Operation.Default(sql);
		return this;
	}

	/**
	 * @param sql the default before this change as a SQL expression, or null for none
	 * @return this change
	 */
	public ColumnChange existingServerDefault(String sql) {
		this.existingServerDefault = new Operation.Default(sql);
		return this;
	}

}
