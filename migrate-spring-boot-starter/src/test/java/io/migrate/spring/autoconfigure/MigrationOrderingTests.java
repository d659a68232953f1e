package io.migrate.spring.autoconfigure;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runner is a database initializer: beans that use the database are created after it.
 */
class MigrationOrderingTests {

	@TempDir
	Path temp;

	private ApplicationContextRunner runner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
					DataSourceInitializationAutoConfiguration.class, MigrateAutoConfiguration.class))
			.withPropertyValues("spring.datasource.url=jdbc:sqlite:" + this.temp.resolve("app.db"));
	}

	@Test
	void aBeanThatQueriesThroughJdbcTemplateInItsConstructorSeesTheMigratedSchema() {
		runner().withUserConfiguration(JdbcTemplateUser.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(DepartmentCount.class).count()).isZero();
		});
	}

	@Test
	void aBeanThatQueriesThroughJdbcClientInItsConstructorSeesTheMigratedSchema() {
		runner().withUserConfiguration(JdbcClientUser.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(DepartmentCount.class).count()).isZero();
		});
	}

	@Test
	void sqlInitDataScriptsRunAfterTheMigration() {
		runner().withPropertyValues("spring.sql.init.mode=always", "spring.sql.init.data-locations=classpath:data.sql")
			.withUserConfiguration(JdbcTemplateUser.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(JdbcTemplate.class)
					.queryForObject("SELECT name FROM department WHERE id = 1", String.class)).isEqualTo("Sales");
			});
	}

	record DepartmentCount(int count) {
	}

	@Configuration(proxyBeanMethods = false)
	static class JdbcTemplateUser {

		@Bean
		DepartmentCount departmentCount(JdbcTemplate jdbc) {
			return new DepartmentCount(jdbc.queryForObject("SELECT COUNT(*) FROM employee", Integer.class));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class JdbcClientUser {

		@Bean
		DepartmentCount departmentCount(JdbcClient jdbc) {
			return new DepartmentCount(jdbc.sql("SELECT COUNT(*) FROM employee").query(Integer.class).single());
		}

	}

}
