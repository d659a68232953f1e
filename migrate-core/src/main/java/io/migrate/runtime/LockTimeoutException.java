package io.migrate.runtime;

import java.time.Duration;

/** Another migration held the lock for longer than the lock timeout. */
public final class LockTimeoutException extends RuntimeException {

	/**
	 * @param holder who holds the lock, as far as the database tells
	 * @param timeout how long this process waited
	 */
	public LockTimeoutException(String holder, Duration timeout) {
		super("Another migration holds the migration lock (" + holder + "); waited " + describe(timeout)
				+ ". Wait for it to finish, or raise the lock timeout");
	}

	private static String describe(Duration timeout) {
		return (timeout.toMillis() < 1000) ? timeout.toMillis() + " ms" : timeout.toSeconds() + " s";
	}

}
