package io.migrate.runtime;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a new connection to the database being migrated. */
@FunctionalInterface
public interface ConnectionOpener {

	/**
	 * @return a new connection, which the caller closes
	 * @throws SQLException when the database cannot be reached
	 */
	Connection open() throws SQLException;

}
