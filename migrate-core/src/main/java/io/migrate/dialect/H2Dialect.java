package io.migrate.dialect;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * H2: transactional DML, but DDL commits the transaction. A file database (also one shared with
 * {@code AUTO_SERVER=TRUE}) is locked with a file beside it; an in-memory or TCP server database
 * only within this JVM.
 */
final class H2Dialect extends Dialect {

	@Override
	public String name() {
		return "h2";
	}

	@Override
	public boolean transactionalDdl() {
		return false;
	}

	@Override
	protected String textType() {
		return "CHARACTER LARGE OBJECT";
	}

	@Override
	public Path databaseFile(Connection connection) throws SQLException {
		String url = connection.getMetaData().getURL();
		if (url == null || !url.startsWith("jdbc:h2:")) {
			return null;
		}
		String location = url.substring("jdbc:h2:".length());
		int options = location.indexOf(';');
		if (options >= 0) {
			location = location.substring(0, options);
		}
		String lower = location.toLowerCase(Locale.ROOT);
		if (lower.startsWith("mem:") || lower.startsWith("tcp:") || lower.startsWith("ssl:")) {
			return null;
		}
		if (lower.startsWith("file:")) {
			location = location.substring("file:".length());
		}
		if (location.startsWith("~")) {
			location = System.getProperty("user.home") + location.substring(1);
		}
		return Path.of(location + ".mv.db");
	}

}
