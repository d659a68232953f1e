package io.migrate.spring.autoconfigure;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import io.migrate.MigrateConfig;
import io.migrate.Migrator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class MigrateAutoConfigurationTests {

	@TempDir
	Path temp;

	private String url;

	private ApplicationContextRunner runner;

	@BeforeEach
	void setUp() {
		this.url = "jdbc:sqlite:" + this.temp.resolve("app.db");
		this.runner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class))
			.withPropertyValues("spring.datasource.url=" + this.url);
	}

	@Test
	void backsOffWithoutADataSource() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(Migrator.class)
				.doesNotHaveBean(MigrationRunner.class));
	}

	@Test
	void backsOffWhenDisabled() {
		this.runner.withPropertyValues("migrate.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(Migrator.class).doesNotHaveBean(MigrationRunner.class);
			assertThat(tables(this.url)).doesNotContain("migrate_version");
		});
	}

	@Test
	void upgradesToTheTargetAtStartup() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(MigrationRunner.class);
			assertThat(context.getBean(Migrator.class).current()).containsExactly("bbb222");
			assertThat(tables(this.url)).contains("department", "employee", "migrate_version", "migrate_history");
		});
	}

	@Test
	void upgradesOnlyUpToAConfiguredTarget() {
		this.runner.withPropertyValues("migrate.target=aaa111").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(tables(this.url)).contains("department").doesNotContain("employee");
		});
	}

	@Test
	void readsTheLocationsItIsGiven() {
		this.runner.withPropertyValues("migrate.locations=classpath:db/branched", "migrate.target=ccc201")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(tables(this.url)).contains("base_table", "left_table").doesNotContain("department");
			});
	}

	@Test
	void usesTheConfiguredTables() {
		this.runner.withPropertyValues("migrate.version-table=app_version", "migrate.history-table=app_history")
			.run((context) -> assertThat(tables(this.url)).contains("app_version", "app_history")
				.doesNotContain("migrate_version"));
	}

	@Test
	void migratesThroughItsOwnConnectionWhenAUrlIsSet() {
		String own = "jdbc:sqlite:" + this.temp.resolve("ddl.db");
		this.runner.withPropertyValues("migrate.url=" + own).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(tables(own)).contains("department", "migrate_version");
			assertThat(tables(this.url)).doesNotContain("department");
		});
	}

	@Test
	void leavesTheDatabaseAloneWhenOnStartupIsNone() {
		this.runner.withPropertyValues("migrate.on-startup=none").run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(MigrationRunner.class);
			assertThat(tables(this.url)).doesNotContain("department", "migrate_version");
		});
	}

	@Test
	void validateModeFailsStartupWhenRevisionsArePending() {
		this.runner.withPropertyValues("migrate.on-startup=validate").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(PendingRevisionsException.class)
				.hasMessageContaining("aaa111")
				.hasMessageContaining("bbb222");
			assertThat(tables(this.url)).doesNotContain("department");
		});
	}

	@Test
	void validateModeStartsWhenTheDatabaseIsAtTheTarget() {
		this.runner.run((context) -> assertThat(context).hasNotFailed());
		this.runner.withPropertyValues("migrate.on-startup=validate")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void aCustomStrategyReplacesTheDefaultAction() {
		AtomicReference<Migrator> called = new AtomicReference<>();
		this.runner.withBean(MigrationStrategy.class, () -> called::set).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(called.get()).isSameAs(context.getBean(Migrator.class));
			assertThat(tables(this.url)).doesNotContain("department");
		});
	}

	@Test
	void customizersChangeTheConfiguration() {
		this.runner.withPropertyValues("migrate.on-startup=none")
			.withBean(MigrateConfigCustomizer.class, () -> (builder) -> builder.versionTable("custom_version"))
			.run((context) -> assertThat(context.getBean(Migrator.class).config().versionTable())
				.isEqualTo("custom_version"));
	}

	@Test
	void aUserMigratorReplacesTheConfiguredOne() {
		this.runner.withPropertyValues("migrate.on-startup=none")
			.withUserConfiguration(UserMigratorConfiguration.class)
			.run((context) -> assertThat(context.getBean(Migrator.class).config().historyTable())
				.isEqualTo("user_history"));
	}

	@Test
	void propertyDefaultsMatchTheEngineDefaults() {
		MigrateProperties properties = new MigrateProperties();
		MigrateConfig engine = MigrateConfig.builder().build();
		assertThat(properties.getLocations()).containsExactly(MigrateConfig.DEFAULT_LOCATION);
		assertThat(properties.getVersionTable()).isEqualTo(MigrateConfig.DEFAULT_VERSION_TABLE);
		assertThat(properties.getHistoryTable()).isEqualTo(MigrateConfig.DEFAULT_HISTORY_TABLE);
		assertThat(properties.getLockTimeout()).isEqualTo(MigrateConfig.DEFAULT_LOCK_TIMEOUT);
		assertThat(properties.isValidateChecksums()).isEqualTo(engine.validateChecksums());
		assertThat(engine.locationSpecs()).containsExactly(MigrateConfig.DEFAULT_LOCATION);
		assertThat(properties.isEnabled()).isTrue();
		assertThat(properties.getTarget()).isEqualTo("head");
		assertThat(properties.getOnStartup()).isEqualTo(MigrateProperties.OnStartup.UPGRADE);
		assertThat(properties.getEndpoint().getRole()).isEqualTo("MIGRATE_ADMIN");
	}

	@Test
	void theConfiguredMigratorReadsTheSameDefaultsAsTheEngine() {
		this.runner.withPropertyValues("migrate.on-startup=none").run((context) -> {
			MigrateConfig config = context.getBean(Migrator.class).config();
			MigrateConfig engine = MigrateConfig.builder().build();
			assertThat(config.versionTable()).isEqualTo(engine.versionTable());
			assertThat(config.historyTable()).isEqualTo(engine.historyTable());
			assertThat(config.lockTimeout()).isEqualTo(engine.lockTimeout());
			assertThat(config.validateChecksums()).isEqualTo(engine.validateChecksums());
			assertThat(config.customLocations()).extracting((location) -> location.description())
				.containsExactly(MigrateConfig.DEFAULT_LOCATION);
			assertThat(config.connectionFactory()).isNotNull();
		});
	}

	static List<String> tables(String url) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement();
				var rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
			List<String> names = new java.util.ArrayList<>();
			while (rows.next()) {
				names.add(rows.getString(1));
			}
			return names;
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class UserMigratorConfiguration {

		@Bean
		Migrator userMigrator(DataSource dataSource) {
			return Migrator.create(MigrateConfig.builder()
				.connectionFactory(io.migrate.ConnectionFactory.of(dataSource))
				.historyTable("user_history")
				.build());
		}

	}

}
