package io.migrate.spring.autoconfigure;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Marks {@link MigrationRunner} beans as database initializers, so that JdbcTemplate, JdbcClient,
 * JPA and {@code spring.sql.init} wait for them.
 */
class MigrationRunnerDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(MigrationRunner.class);
	}

}
