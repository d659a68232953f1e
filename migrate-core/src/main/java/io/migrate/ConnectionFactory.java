package io.migrate;

import io.migrate.runtime.ConnectionOpener;

import javax.sql.DataSource;

/** Opens connections to the database being migrated. The migrator closes what it opens. */
@FunctionalInterface
public interface ConnectionFactory extends ConnectionOpener {

	/** @return a factory that takes connections from {@code dataSource} */
	static ConnectionFactory of(DataSource dataSource) {
		return dataSource::getConnection;
	}

}
