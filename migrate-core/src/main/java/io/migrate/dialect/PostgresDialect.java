package io.migrate.dialect;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * PostgreSQL: transactional DDL; a session advisory lock; tables are looked up in the current
 * schema.
 */
final class PostgresDialect extends Dialect {

	@Override
	public String name() {
		return "postgresql";
	}

	@Override
	public String tryLockQuery(String name) {
		return "SELECT pg_try_advisory_lock(" + key(name) + ")";
	}

	@Override
	public String unlockQuery(String name) {
		return "SELECT pg_advisory_unlock(" + key(name) + ")";
	}

	@Override
	public String lockHolderQuery(String name) {
		long key = key(name);
		return "SELECT 'pid ' || a.pid || ', application ''' || coalesce(a.application_name, '')"
				+ " || ''', client ' || coalesce(host(a.client_addr), 'local') || ', since ' || a.backend_start"
				+ " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory'"
				+ " AND l.granted AND l.classid = " + (key >>> 32) + " AND l.objid = " + (key & 0xFFFFFFFFL)
				+ " AND l.objsubid = 1";
	}

	// A stable 64-bit key per lock name: advisory locks are per database, the name separates tables.
	private static long key(String name) {
		long hash = 0x6d696772617465L;
		for (int i = 0; i < name.length(); i++) {
			hash = hash * 1_000_003L + name.charAt(i);
		}
		return hash;
	}

	@Override
	protected boolean isVisibleSchema(Connection connection, String schema) throws SQLException {
		String current = connection.getSchema();
		return schema == null || (current != null ? current.equalsIgnoreCase(schema) : "public".equals(schema));
	}

}
