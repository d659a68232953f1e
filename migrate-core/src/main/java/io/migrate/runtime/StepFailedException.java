package io.migrate.runtime;

import io.migrate.graph.Step;
import io.migrate.script.Statement;

import java.sql.SQLException;
import java.util.List;

/**
 * A statement of a revision failed. Carries what the boundary needs to tell the user exactly
 * where, and what the database holds now.
 */
public final class StepFailedException extends RuntimeException {

	private final Step step;

	private final String source;

	private final Statement statement;

	private final List<Statement> committedStatements;

	private final List<String> rowsNow;

	/**
	 * @param step the step that failed
	 * @param source the revision's file
	 * @param statement the failing statement, or null when the version or history table failed
	 * @param committedStatements statements of the revision that ran and could not be rolled back
	 * @param rowsNow the version rows after the failure
	 * @param cause the database's error
	 */
	public StepFailedException(Step step, String source, Statement statement, List<Statement> committedStatements,
			List<String> rowsNow, SQLException cause) {
		super(cause.getMessage(), cause);
		this.step = step;
		this.source = source;
		this.statement = statement;
		this.committedStatements = List.copyOf(committedStatements);
		this.rowsNow = List.copyOf(rowsNow);
	}

	/** @return the step that failed */
	public Step step() {
		return this.step;
	}

	/** @return the revision's file */
	public String source() {
		return this.source;
	}

	/** @return the failing statement, or null when the failure was in the version or history table */
	public Statement statement() {
		return this.statement;
	}

	/** @return statements of the failed revision that had run and stayed (non-transactional DDL) */
	public List<Statement> committedStatements() {
		return this.committedStatements;
	}

	/** @return the version rows after the failure, sorted */
	public List<String> rowsNow() {
		return this.rowsNow;
	}

}
