package io.migrate;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Opens connections to the database being migrated. The migrator closes what it opens. */
@FunctionalInterface
public interface ConnectionFactory {

	/**
	 * @return a new connection
	 * @throws SQLException when the database cannot be reached
	 */
	Connection open() throws SQLException;

	/** @return a factory that takes connections from {@code dataSource} */
	static ConnectionFactory of(DataSource dataSource) {
		return dataSource::getConnection;
	}

}
