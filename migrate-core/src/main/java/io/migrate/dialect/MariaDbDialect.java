package io.migrate.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * MariaDB: DDL commits implicitly, so a failed revision can leave earlier statements applied.
 * {@code GET_LOCK} for the migration lock; tables live in the connection's catalog (database).
 */
class MariaDbDialect extends Dialect {

	@Override
	public String name() {
		return "mariadb";
	}

	@Override
	public boolean transactionalDdl() {
		return false;
	}

	@Override
	protected String identityColumn() {
		return "BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY";
	}

	@Override
	protected String timestampType() {
		return "DATETIME(3)";
	}

	@Override
	public String timestampLiteral(Instant instant) {
		return "'" + Timestamp.from(instant) + "'";
	}

	@Override
	public String beginTransaction() {
		return "START TRANSACTION";
	}

	@Override
	public String tryLockQuery(String name) {
		return "SELECT GET_LOCK(" + lockName(name) + ", 0)";
	}

	@Override
	public String unlockQuery(String name) {
		return "SELECT RELEASE_LOCK(" + lockName(name) + ")";
	}

	@Override
	public String lockHolderQuery(String name) {
		return "SELECT CONCAT('connection ', p.ID, ', user ', p.USER, '@', p.HOST, ', for ', p.TIME, ' s')"
				+ " FROM information_schema.PROCESSLIST p WHERE p.ID = IS_USED_LOCK(" + lockName(name) + ")";
	}

	// GET_LOCK names are server-wide, so the database name is part of it; 64 characters at most.
	private static String lockName(String name) {
		return "LEFT(CONCAT('migrate:', DATABASE(), ':" + name.replace("'", "''") + "'), 64)";
	}

	@Override
	protected String catalog(Connection connection) throws SQLException {
		return connection.getCatalog();
	}

	@Override
	protected boolean isVisibleSchema(Connection connection, String schema) {
		return true;
	}

}
