package io.migrate.spring.actuate;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.migrate.MigrateException;
import io.migrate.Migrator;
import io.migrate.spring.autoconfigure.MigrateAutoConfiguration;
import io.migrate.spring.autoconfigure.MigrationRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MigrateEndpointAutoConfigurationTests {

	@TempDir
	Path temp;

	private String url;

	private ApplicationContextRunner runner;

	@BeforeEach
	void setUp() {
		this.url = "jdbc:sqlite:" + this.temp.resolve("app.db");
		this.runner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
					MigrateEndpointAutoConfiguration.class))
			.withPropertyValues("spring.datasource.url=" + this.url);
	}

	@Test
	void theEndpointExistsWhenExposed() {
		this.runner.withPropertyValues("migrate.on-startup=none", "management.endpoints.web.exposure.include=migrations")
			.run((context) -> assertThat(context).hasSingleBean(MigrationsEndpoint.class));
	}

	@Test
	void theEndpointDoesNotExistWhenNotExposed() {
		this.runner.withPropertyValues("migrate.on-startup=none")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrationsEndpoint.class));
	}

	@Test
	void theEndpointDoesNotExistWithoutAccess() {
		this.runner
			.withPropertyValues("migrate.on-startup=none", "management.endpoints.web.exposure.include=migrations",
					"management.endpoint.migrations.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
	}

	@Test
	void theStarterStillMigratesWithoutTheActuator() {
		this.runner.withClassLoader(new FilteredClassLoader(Endpoint.class, HealthIndicator.class))
			.withPropertyValues("management.endpoints.web.exposure.include=migrations")
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.hasSingleBean(MigrationRunner.class)
					.doesNotHaveBean(MigrationsEndpoint.class)
					.doesNotHaveBean(MigrationsHealthIndicator.class);
				assertThat(context.getBean(Migrator.class).current()).containsExactly("bbb222");
			});
	}

	@Test
	void theHealthIndicatorCanBeDisabled() {
		this.runner.withPropertyValues("migrate.on-startup=none", "management.health.migrations.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsHealthIndicator.class));
	}

	@Test
	void theHealthIndicatorIsNamedMigrations() {
		this.runner.withPropertyValues("migrate.on-startup=none")
			.run((context) -> assertThat(context).hasBean("migrationsHealthIndicator"));
	}

	@Test
	void healthIsUpAtTheTarget() {
		this.runner.run((context) -> {
			Health health = health(context.getBean(MigrationsHealthIndicator.class));
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("pending", 0)
				.containsEntry("target", "head")
				.containsEntry("current", java.util.List.of("bbb222"))
				.doesNotContainKey("ahead");
		});
	}

	@Test
	void healthIsOutOfServiceWhileRevisionsArePending() {
		this.runner.withPropertyValues("migrate.on-startup=none").run((context) -> {
			Health health = health(context.getBean(MigrationsHealthIndicator.class));
			assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
			assertThat(health.getDetails()).containsEntry("pending", 2).containsEntry("current", java.util.List.of());
		});
	}

	@Test
	void healthIsUpAndSaysSoWhenTheDatabaseIsAheadOfTheTarget() {
		this.runner.run((context) -> assertThat(context).hasNotFailed());
		this.runner.withPropertyValues("migrate.target=aaa111").run((context) -> {
			Health health = health(context.getBean(MigrationsHealthIndicator.class));
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsKey("ahead");
		});
	}

	@Test
	void healthIsUpWhenANewerReleaseMigratedToARevisionThisOneDoesNotKnow() throws SQLException {
		this.runner.run((context) -> assertThat(context).hasNotFailed());
		execute("UPDATE migrate_version SET version_num = 'fff999'");
		this.runner.run((context) -> {
			Health health = health(context.getBean(MigrationsHealthIndicator.class));
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsKey("ahead");
		});
	}

	@Test
	void healthIsDownWhenTheLastStepFailed() {
		this.runner.withPropertyValues("migrate.on-startup=none", "migrate.locations=classpath:db/broken")
			.run((context) -> {
				Migrator migrator = context.getBean(Migrator.class);
				assertThatExceptionOfType(MigrateException.class).isThrownBy(() -> migrator.upgrade("head"));
				Health health = health(context.getBean(MigrationsHealthIndicator.class));
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsKey("error").containsEntry("failed", "upgrade ddd100");
			});
	}

	private static Health health(HealthIndicator indicator) {
		return indicator.health(true);
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.url);
				Statement statement = connection.createStatement()) {
			statement.executeUpdate(sql);
		}
	}

}
