package io.migrate;

import io.migrate.MigrateException.Reason;
import io.migrate.dialect.Dialect;
import io.migrate.runtime.DatabaseSession;
import io.migrate.runtime.LockTimeoutException;

import java.sql.SQLException;

/** Opens sessions on the configured database and turns its failures into user messages. */
final class Database {

	/** Work done with an open session. */
	@FunctionalInterface
	interface Work<T> {

		T run(DatabaseSession session) throws SQLException;

	}

	private final MigrateConfig config;

	Database(MigrateConfig config) {
		this.config = config;
	}

	boolean configured() {
		return this.config.connectionFactory() != null;
	}

	/** Runs {@code work} on a session, without the lock: for reading. */
	<T> T read(Work<T> work) {
		return withSession(false, work);
	}

	/** Runs {@code work} on a session that holds the migration lock. */
	<T> T locked(Work<T> work) {
		return withSession(true, work);
	}

	private <T> T withSession(boolean lock, Work<T> work) {
		if (!configured()) {
			throw new MigrateException(Reason.USAGE, "No database is configured: give a JDBC URL (--url, MIGRATE_URL,"
					+ " or url in migrate.properties; migrate.url or spring.datasource.url in Spring Boot)");
		}
		try (DatabaseSession session = DatabaseSession.open(this.config.connectionFactory(), configuredDialect(),
				this.config.versionTable(), this.config.historyTable())) {
			if (lock) {
				session.lock(this.config.lockTimeout());
			}
			return work.run(session);
		}
		catch (LockTimeoutException ex) {
			throw new MigrateException(Reason.LOCKED, ex.getMessage(), ex);
		}
		catch (SQLException ex) {
			throw new MigrateException(Reason.DATABASE, "The database failed: " + ex.getMessage()
					+ (ex.getSQLState() != null ? " (SQL state " + ex.getSQLState() + ")" : "")
					+ "; check the URL, the credentials and that the database is running", ex);
		}
	}

	private Dialect configuredDialect() {
		if (this.config.dialect() == null) {
			return null;
		}
		try {
			return Dialect.named(this.config.dialect());
		}
		catch (IllegalArgumentException ex) {
			throw new MigrateException(Reason.USAGE, ex.getMessage(), ex);
		}
	}

	/** @return the dialect of an offline script: the configured one, or the database's */
	Dialect offlineDialect() {
		Dialect dialect = configuredDialect();
		if (dialect != null) {
			return dialect;
		}
		if (configured()) {
			return read(DatabaseSession::dialect);
		}
		throw new MigrateException(Reason.USAGE,
				"Offline SQL needs a dialect: pass --dialect (sqlite, postgresql, mariadb, mysql or h2) or a database URL");
	}

	/** @return who the history rows of an offline script name */
	String offlineUser() {
		return (this.config.appliedBy() != null) ? this.config.appliedBy() : System.getProperty("user.name");
	}

}
