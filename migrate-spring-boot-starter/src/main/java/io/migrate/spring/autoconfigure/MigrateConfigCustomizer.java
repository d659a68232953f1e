package io.migrate.spring.autoconfigure;

import io.migrate.MigrateConfig;

/**
 * Changes the migrator's configuration after the starter has applied {@code migrate.*}, e.g. to
 * add a listener or a location. Every bean of this type is called, in order.
 */
@FunctionalInterface
public interface MigrateConfigCustomizer {

	/** @param builder the configuration being built */
	void customize(MigrateConfig.Builder builder);

}
