package io.migrate.runtime;

import io.migrate.dialect.Dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A database session lock (PostgreSQL advisory lock, MariaDB/MySQL {@code GET_LOCK}) held on a
 * connection of its own for the whole run. Waiting polls with a non-blocking attempt and a sleep,
 * so the waiter holds no transaction and runs no statement that could deadlock with a
 * non-transactional revision such as {@code CREATE INDEX CONCURRENTLY}.
 */
final class SessionLock implements MigrationLock {

	private final Connection connection;

	private final Dialect dialect;

	private final String name;

	private boolean held;

	SessionLock(Connection connection, Dialect dialect, String name) {
		this.connection = connection;
		this.dialect = dialect;
		this.name = name;
	}

	@Override
	public void acquire(Duration timeout) throws SQLException {
		this.connection.setAutoCommit(true);
		long deadline = System.nanoTime() + timeout.toNanos();
		long pause = 0;
		while (!tryLock()) {
			if (System.nanoTime() - deadline >= 0) {
				throw new LockTimeoutException(holder(), timeout);
			}
			pause = MigrationLock.pause(pause);
		}
		this.held = true;
	}

	private boolean tryLock() throws SQLException {
		try (Statement statement = this.connection.createStatement();
				ResultSet result = statement.executeQuery(this.dialect.tryLockQuery(this.name))) {
			return result.next() && result.getBoolean(1);
		}
	}

	private String holder() {
		try (Statement statement = this.connection.createStatement();
				ResultSet result = statement.executeQuery(this.dialect.lockHolderQuery(this.name))) {
			return result.next() ? "held by " + result.getString(1) : "holder unknown";
		}
		catch (SQLException ex) {
			return "holder unknown: " + ex.getMessage();
		}
	}

	@Override
	public void close() {
		try {
			if (this.held) {
				try (Statement statement = this.connection.createStatement()) {
					statement.execute(this.dialect.unlockQuery(this.name));
				}
			}
		}
		catch (SQLException ex) {
			// closing the connection below releases the lock anyway
		}
		finally {
			this.held = false;
			try {
				this.connection.close();
			}
			catch (SQLException ex) {
				// nothing more to release
			}
		}
	}

}
