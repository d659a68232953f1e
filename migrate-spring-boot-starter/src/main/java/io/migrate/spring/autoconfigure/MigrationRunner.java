package io.migrate.spring.autoconfigure;

import io.migrate.Migrator;

import org.springframework.beans.factory.InitializingBean;

/**
 * Migrates the database when the application starts. It is registered as a database
 * initializer, so beans that use JdbcTemplate, JdbcClient or JPA are created after it.
 */
public class MigrationRunner implements InitializingBean {

	private final Migrator migrator;

	private final MigrationStrategy strategy;

	/**
	 * @param migrator the migrator
	 * @param strategy what to do with the database
	 */
	public MigrationRunner(Migrator migrator, MigrationStrategy strategy) {
		this.migrator = migrator;
		this.strategy = strategy;
	}

	@Override
	public void afterPropertiesSet() {
		this.strategy.migrate(this.migrator);
	}

}
