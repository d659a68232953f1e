package io.migrate.spring.autoconfigure;

import javax.sql.DataSource;

import io.migrate.ConnectionFactory;
import io.migrate.MigrateConfig;
import io.migrate.Migrator;
import io.migrate.operations.JavaRevision;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * Auto-configuration of migrate: a {@link Migrator} for the application's DataSource (or for
 * {@code migrate.url}) and a {@link MigrationRunner} that migrates at startup, before anything
 * else uses the database.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnBooleanProperty(name = "migrate.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MigrateProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class MigrateAutoConfiguration {

	private static final Log logger = LogFactory.getLog(MigrateAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean
	Migrator migrator(MigrateProperties properties, ObjectProvider<DataSource> dataSource,
			ResourceLoader resourceLoader, ObjectProvider<JavaRevision> javaRevisions,
			ObjectProvider<MigrateConfigCustomizer> customizers) {
		ResourcePatternResolver resolver = ResourcePatternUtils.getResourcePatternResolver(resourceLoader);
		MigrateConfig.Builder builder = MigrateConfig.builder()
			.connectionFactory(connectionFactory(properties, dataSource))
			.classLoader(resourceLoader.getClassLoader())
			.versionTable(properties.getVersionTable())
			.historyTable(properties.getHistoryTable())
			.validateChecksums(properties.isValidateChecksums())
			.lockTimeout(properties.getLockTimeout())
			.listener((step) -> logger.info("Migrate: " + step.direction().label() + " " + step.revision() + " ("
					+ step.message() + ") in " + step.durationMs() + " ms"));
		for (String location : properties.getLocations()) {
			builder.location(new ResourceRevisionLocation(location, resolver));
		}
		// Beans replace the instances a location would create, so they can have dependencies.
		javaRevisions.orderedStream().forEach(builder::javaRevision);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return Migrator.create(builder.build());
	}

	private ConnectionFactory connectionFactory(MigrateProperties properties, ObjectProvider<DataSource> dataSource) {
		if (StringUtils.hasText(properties.getUrl())) {
			// A connection of its own, not pooled: it is used once at startup and for rare writes.
			DataSource own = DataSourceBuilder.create()
				.type(SimpleDriverDataSource.class)
				.url(properties.getUrl())
				.username(properties.getUser())
				.password(properties.getPassword())
				.build();
			return ConnectionFactory.of(own);
		}
		DataSource unique = dataSource.getIfUnique();
		if (unique == null) {
			throw new IllegalStateException("There are several DataSource beans and none is @Primary; mark the one "
					+ "to migrate as @Primary, or set migrate.url");
		}
		return ConnectionFactory.of(unique);
	}

	@Bean
	@ConditionalOnMissingBean
	MigrationRunner migrationRunner(Migrator migrator, MigrateProperties properties,
			ObjectProvider<MigrationStrategy> strategy) {
		return new MigrationRunner(migrator, strategy
			.getIfAvailable(() -> new StartupMigration(properties.getOnStartup(), properties.getTarget())));
	}

}
