package io.migrate.spring.actuate;

import io.migrate.Migrator;
import io.migrate.spring.autoconfigure.MigrateAutoConfiguration;
import io.migrate.spring.autoconfigure.MigrateProperties;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of the {@code migrations} actuator endpoint and health indicator, when
 * the application has the actuator.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass(Endpoint.class)
@ConditionalOnBooleanProperty(name = "migrate.enabled", matchIfMissing = true)
@ConditionalOnBean(Migrator.class)
@EnableConfigurationProperties(MigrateProperties.class)
public final class MigrateEndpointAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnAvailableEndpoint(MigrationsEndpoint.class)
	static class EndpointConfiguration {

		@Bean
		@ConditionalOnMissingBean
		MigrationsEndpoint migrationsEndpoint(Migrator migrator, MigrateProperties properties) {
			return new MigrationsEndpoint(migrator, properties.getTarget(), properties.getEndpoint().getRole(),
					properties.getEndpoint().getLockTimeout());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(HealthIndicator.class)
	@ConditionalOnEnabledHealthIndicator("migrations")
	static class HealthConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "migrationsHealthIndicator")
		MigrationsHealthIndicator migrationsHealthIndicator(Migrator migrator, MigrateProperties properties) {
			return new MigrationsHealthIndicator(migrator, properties.getTarget());
		}

	}

}
