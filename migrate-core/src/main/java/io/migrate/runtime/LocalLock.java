package io.migrate.runtime;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A lock within this JVM, keyed by database: for in-memory and embedded databases that no other
 * process can reach, and as the first stage of {@link FileLock}.
 */
final class LocalLock implements MigrationLock {

	private static final ConcurrentMap<String, Semaphore> LOCKS = new ConcurrentHashMap<>();

	private final String key;

	private final Semaphore semaphore;

	private boolean held;

	LocalLock(String key) {
		this.key = key;
		this.semaphore = LOCKS.computeIfAbsent(key, (k) -> new Semaphore(1));
	}

	@Override
	public void acquire(Duration timeout) {
		try {
			if (!this.semaphore.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
				throw new LockTimeoutException("held by another thread of this process on " + this.key, timeout);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the migration lock", ex);
		}
		this.held = true;
	}

	@Override
	public void close() {
		if (this.held) {
			this.held = false;
			this.semaphore.release();
		}
	}

}
