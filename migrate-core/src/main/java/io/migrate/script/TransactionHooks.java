package io.migrate.script;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Work around a step's transaction that cannot be a statement inside it, e.g. SQLite's
 * {@code PRAGMA foreign_keys}, which is a no-op inside a transaction. Each callback has an offline
 * counterpart that returns the statements an offline script writes in its place.
 */
public interface TransactionHooks {

	/** Hooks that do nothing. */
	TransactionHooks NONE = new TransactionHooks() {
	};

	/** Runs in autocommit mode before the step's transaction begins. */
	default void beforeTransaction(Connection connection) throws SQLException {
	}

	/**
	 * Runs inside the transaction just before it commits.
	 * @throws SQLException to roll the step back, e.g. when a check finds a problem
	 */
	default void beforeCommit(Connection connection) throws SQLException {
	}

	/** Runs in autocommit mode after the transaction committed or rolled back. */
	default void afterTransaction(Connection connection) throws SQLException {
	}

	/** @return the statements an offline script writes before {@code BEGIN} */
	default List<String> offlineBeforeTransaction() {
		return List.of();
	}

	/** @return the statements (or comments) an offline script writes before {@code COMMIT} */
	default List<String> offlineBeforeCommit() {
		return List.of();
	}

	/** @return the statements an offline script writes after {@code COMMIT} */
	default List<String> offlineAfterTransaction() {
		return List.of();
	}

}
