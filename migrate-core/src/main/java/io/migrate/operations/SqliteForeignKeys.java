package io.migrate.operations;

import io.migrate.script.TransactionHooks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Foreign keys around a SQLite rebuild, after steps 1, 10 and 12 of the documented procedure:
 * {@code PRAGMA foreign_keys} is a no-op inside a transaction, so enforcement is switched off
 * before the step's transaction begins; if it was on, {@code PRAGMA foreign_key_check} must find
 * nothing before the transaction commits (else the step rolls back), and enforcement is switched
 * back on after. One instance serves one run of one step.
 */
final class SqliteForeignKeys implements TransactionHooks {

	private static final int LISTED_VIOLATIONS = 5;

	private boolean wasOn;

	@Override
	public void beforeTransaction(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("PRAGMA foreign_keys")) {
			this.wasOn = rows.next() && rows.getInt(1) == 1;
		}
		if (this.wasOn) {
			execute(connection, "PRAGMA foreign_keys = OFF");
		}
	}

	@Override
	public void beforeCommit(Connection connection) throws SQLException {
		if (!this.wasOn) {
			return;
		}
		List<String> violations = new ArrayList<>();
		int count = 0;
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
			while (rows.next()) {
				if (count++ < LISTED_VIOLATIONS) {
					violations.add(rows.getString(1) + " row " + rows.getString(2) + " references a missing row of "
							+ rows.getString(3));
				}
			}
		}
		if (count > 0) {
			throw new SQLException("Foreign key check failed after rebuilding: " + count + " violation(s), e.g. "
					+ String.join("; ", violations) + "; the revision was rolled back");
		}
	}

	@Override
	public void afterTransaction(Connection connection) throws SQLException {
		if (this.wasOn) {
			execute(connection, "PRAGMA foreign_keys = ON");
		}
	}

	@Override
	public List<String> offlineBeforeTransaction() {
		return List.of("PRAGMA foreign_keys = OFF");
	}

	@Override
	public List<String> offlineBeforeCommit() {
		return List.of("-- PRAGMA foreign_key_check must return no rows here; roll back if it does",
				"PRAGMA foreign_key_check");
	}

	@Override
	public List<String> offlineAfterTransaction() {
		return List.of("PRAGMA foreign_keys = ON");
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
