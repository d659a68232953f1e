package io.migrate.script;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A unit of a {@link Section}: statements rendered when the part is about to run, either inside
 * the step's transaction or outside any transaction.
 */
public interface SectionPart {

	/** @return what the part does, for messages (a statement, or an operation) */
	String description();

	/**
	 * @return whether the part runs outside a transaction; the runner commits the work before it
	 * first and opens a new transaction after it
	 */
	boolean outsideTransaction();

	/**
	 * Renders the part's statements.
	 * @param connection the live connection, positioned where the part runs; null when rendering
	 * offline
	 * @return the statements, in order
	 * @throws SQLException when looking at the database fails
	 * @throws ConnectionRequiredException when {@code connection} is null and the part cannot be
	 * rendered without looking at the database
	 */
	List<Statement> render(Connection connection) throws SQLException;

	/**
	 * @param statement a fixed statement
	 * @param outsideTransaction whether it runs outside a transaction
	 * @return a part that always renders {@code statement}
	 */
	static SectionPart of(Statement statement, boolean outsideTransaction) {
		return new SectionPart() {

			@Override
			public String description() {
				return statement.sql();
			}

			@Override
			public boolean outsideTransaction() {
				return outsideTransaction;
			}

			@Override
			public List<Statement> render(Connection connection) {
				return List.of(statement);
			}

		};
	}

}
