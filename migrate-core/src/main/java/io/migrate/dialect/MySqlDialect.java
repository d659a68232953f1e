package io.migrate.dialect;

/** MySQL: as MariaDB. */
final class MySqlDialect extends MariaDbDialect {

	@Override
	public String name() {
		return "mysql";
	}

}
