package io.migrate.runtime;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A lock on a file beside a SQLite database ({@code <db>.migrate-lock}). The operating system
 * releases it when the process dies, so {@code kill -9} leaves no stale lock. A side file is used
 * because closing any descriptor of the database file itself would drop SQLite's own POSIX locks.
 * Threads of one JVM are serialised by a {@link LocalLock} first, as file locks are per process.
 */
final class FileLock implements MigrationLock {

	private final Path file;

	private final LocalLock local;

	private FileChannel channel;

	private java.nio.channels.FileLock lock;

	FileLock(Path databaseFile) {
		this.file = databaseFile.resolveSibling(databaseFile.getFileName() + ".migrate-lock");
		this.local = new LocalLock(this.file.toAbsolutePath().normalize().toString());
	}

	@Override
	public void acquire(Duration timeout) throws SQLException {
		long deadline = System.nanoTime() + timeout.toNanos();
		this.local.acquire(timeout);
		try {
			this.channel = FileChannel.open(this.file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			long pause = 0;
			while ((this.lock = tryLock()) == null) {
				if (System.nanoTime() - deadline >= 0) {
					throw new LockTimeoutException("held by another process on " + this.file, timeout);
				}
				pause = MigrationLock.pause(pause);
			}
		}
		catch (IOException ex) {
			close();
			throw new SQLException("Cannot lock " + this.file + ": " + ex.getMessage(), ex);
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	private java.nio.channels.FileLock tryLock() throws IOException {
		try {
			return this.channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
	}

	@Override
	public void close() {
		try {
			if (this.lock != null) {
				this.lock.release();
			}
			if (this.channel != null) {
				this.channel.close();
			}
		}
		catch (IOException ex) {
			// the channel is gone; the OS has released the lock
		}
		finally {
			this.lock = null;
			this.channel = null;
			this.local.close();
		}
	}

}
