package io.migrate.graph;

/** What a step does to the database. */
public enum Direction {

	/** Runs a revision's upgrade section. */
	UPGRADE,

	/** Runs a revision's downgrade section. */
	DOWNGRADE,

	/** Changes version rows only; runs no revision code. */
	STAMP;

	/** @return the lower-case name used in the history table and in JSON */
	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
