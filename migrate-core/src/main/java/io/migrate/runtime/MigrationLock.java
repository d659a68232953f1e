package io.migrate.runtime;

import java.sql.SQLException;
import java.time.Duration;

/**
 * The lock that lets one migration run at a time against a database. It dies with the process
 * or connection that holds it, so a killed migration leaves no stale lock.
 */
interface MigrationLock extends AutoCloseable {

	/**
	 * Waits up to {@code timeout} for the lock, holding no transaction and running no statement
	 * while it waits.
	 * @throws LockTimeoutException naming the holder when the wait runs out
	 */
	void acquire(Duration timeout) throws SQLException;

	/** Releases the lock if held. */
	@Override
	void close();

	/** Sleeps between attempts, backing off from 50 ms to 1 s. */
	static long pause(long previousMillis) {
		long next = Math.min(1000, Math.max(50, previousMillis * 2));
		try {
			Thread.sleep(next);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the migration lock", ex);
		}
		return next;
	}

}
