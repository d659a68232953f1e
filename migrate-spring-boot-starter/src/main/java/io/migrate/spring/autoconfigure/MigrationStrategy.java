package io.migrate.spring.autoconfigure;

import io.migrate.Migrator;

/**
 * What the starter does with the database at startup. A bean of this type replaces the default,
 * which follows {@code migrate.on-startup} and {@code migrate.target}; a strategy that does
 * nothing leaves the database alone.
 */
@FunctionalInterface
public interface MigrationStrategy {

	/**
	 * Migrates the database; called once, before anything else uses it.
	 * @param migrator the configured migrator
	 */
	void migrate(Migrator migrator);

}
