package io.migrate.spring.autoconfigure;

import java.nio.file.Path;
import java.util.List;

import io.migrate.Migrator;
import io.migrate.RevisionInfo;
import io.migrate.operations.Column;
import io.migrate.operations.ColumnType;
import io.migrate.operations.JavaRevision;
import io.migrate.operations.Operations;
import io.migrate.operations.Revision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class JavaRevisionStarterTests {

	@TempDir
	Path temp;

	private ApplicationContextRunner runner;

	@BeforeEach
	void setUp() {
		this.runner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class))
			.withPropertyValues("spring.datasource.url=jdbc:sqlite:" + this.temp.resolve("app.db"),
					"migrate.locations=classpath:db/javarevs");
	}

	@Test
	void javaRevisionClassesInTheLocationsPackageRunBetweenTheSqlFiles() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			Migrator migrator = context.getBean(Migrator.class);
			assertThat(migrator.revisions()).extracting(RevisionInfo::id).containsExactly("jr1", "jr2", "jr3");
			assertThat(migrator.current()).containsExactly("jr3");
			assertThat(migrator.appliedHistory(3)).extracting((entry) -> entry.revision())
				.containsExactly("jr3", "jr2", "jr1");
		});
	}

	@Test
	void javaRevisionBeansJoinTheGraph() {
		this.runner.withUserConfiguration(BeanRevision.class).run((context) -> {
			assertThat(context).hasNotFailed();
			Migrator migrator = context.getBean(Migrator.class);
			assertThat(migrator.current()).containsExactly("jr4");
			assertThat(migrator.show("jr4").get(0).message()).isEqualTo("add player number");
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class BeanRevision {

		@Bean
		JavaRevision playerNumber() {
			return new PlayerNumber("number");
		}

	}

	/** A revision that needs a constructor argument, so only a bean can create it. */
	@Revision(id = "jr4", revises = "jr3", message = "add player number")
	static class PlayerNumber extends JavaRevision {

		private final String column;

		PlayerNumber(String column) {
			this.column = column;
		}

		@Override
		public void upgrade(Operations op) {
			op.addColumn("players", Column.of(this.column, ColumnType.INTEGER));
		}

	}

}
