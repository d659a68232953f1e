package io.migrate.operations;

/** The kinds of constraint {@link Operations#dropConstraint} drops. */
public enum ConstraintType {

	/** A primary key. */
	PRIMARY_KEY,

	/** A unique constraint. */
	UNIQUE,

	/** A foreign key. */
	FOREIGN_KEY,

	/** A check constraint. */
	CHECK

}
