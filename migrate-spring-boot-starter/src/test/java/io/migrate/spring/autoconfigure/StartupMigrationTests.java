package io.migrate.spring.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.migrate.MigrateException;
import io.migrate.Migrator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Startup only ever upgrades, and a failure says what happened and what to do.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupMigrationTests {

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
	void aDatabaseAheadOfTheTargetIsLeftAloneWithAWarning(CapturedOutput output) {
		this.runner.run((context) -> assertThat(context).hasNotFailed());
		this.runner.withPropertyValues("migrate.target=aaa111").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(Migrator.class).current()).containsExactly("bbb222");
		});
		assertThat(output).contains("ahead of the target 'aaa111'");
	}

	@Test
	void aDatabaseAtAnUnknownRevisionIsLeftAloneWithAWarning(CapturedOutput output) throws SQLException {
		this.runner.run((context) -> assertThat(context).hasNotFailed());
		execute("UPDATE migrate_version SET version_num = 'fff999'");
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(Migrator.class).current()).containsExactly("fff999");
		});
		assertThat(output).contains("does not know");
	}

	@Test
	void severalHeadsFailStartupAndSayHowToChoose() {
		this.runner.withPropertyValues("migrate.locations=classpath:db/branched").run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure(), MigrateException.Reason.BAD_TARGET);
			assertThat(analysis.getDescription()).contains("ccc201").contains("ccc202");
			assertThat(analysis.getAction()).contains("migrate.target").contains("merge heads");
		});
	}

	@Test
	void anUnknownTargetFailsStartup() {
		this.runner.withPropertyValues("migrate.target=nosuchrev").run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure(), MigrateException.Reason.BAD_TARGET);
			assertThat(analysis.getDescription()).contains("nosuchrev");
		});
	}

	@Test
	void anEditedAppliedRevisionFailsStartupWithItsChecksums() throws Exception {
		Path folder = Files.createDirectories(this.temp.resolve("revisions"));
		Path file = folder.resolve("1_table.sql");
		Files.writeString(file, "-- Revision: eee100\n\n-- migrate:upgrade\nCREATE TABLE t (id INTEGER);\n");
		ApplicationContextRunner fromFolder = this.runner.withPropertyValues("migrate.locations=filesystem:" + folder);
		fromFolder.run((context) -> assertThat(context).hasNotFailed());
		Files.writeString(file, "-- Revision: eee100\n\n-- migrate:upgrade\nCREATE TABLE t (id INTEGER, x TEXT);\n");
		fromFolder.run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure(),
					MigrateException.Reason.CHECKSUM_MISMATCH);
			assertThat(analysis.getDescription()).contains("1_table.sql").contains("sha256-lf:");
			assertThat(analysis.getAction()).contains("new revision");
		});
		fromFolder.withPropertyValues("migrate.validate-checksums=false")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void aFailingStatementFailsStartupNamingTheFile() {
		this.runner.withPropertyValues("migrate.locations=classpath:db/broken").run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure(),
					MigrateException.Reason.STATEMENT_FAILED);
			assertThat(analysis.getDescription()).contains("1_fails.sql").contains("no_such_table");
			assertThat(analysis.getAction()).contains("Fix the statement");
		});
	}

	@Test
	void pendingRevisionsInValidateModeAreExplained() {
		this.runner.withPropertyValues("migrate.on-startup=validate").run((context) -> {
			FailureAnalysis analysis = new MigrateFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("validate").contains("aaa111");
			assertThat(analysis.getAction()).contains("migrate.on-startup=upgrade");
		});
	}

	@Test
	void aFailedStartupPrintsWhatHappenedAndWhatToDo(CapturedOutput output) {
		SpringApplication application = new SpringApplication(FailingApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException().isThrownBy(() -> application.run("--spring.datasource.url=" + this.url,
				"--migrate.locations=classpath:db/branched", "--spring.main.banner-mode=off"));
		assertThat(output).contains("Migrating the database at startup failed (BAD_TARGET)")
			.contains("Action:")
			.contains("migrate merge heads");
	}

	@Test
	void otherFailuresAreLeftToOtherAnalyzers() {
		assertThat(new MigrateFailureAnalyzer().analyze(new IllegalStateException("unrelated"))).isNull();
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class })
	static class FailingApplication {

	}

	private static FailureAnalysis analyze(Throwable failure, MigrateException.Reason reason) {
		assertThat(failure).isNotNull();
		MigrateException migrateFailure = null;
		for (Throwable cause = failure; cause != null && migrateFailure == null; cause = cause.getCause()) {
			migrateFailure = (cause instanceof MigrateException ex) ? ex : null;
		}
		assertThat(migrateFailure).as("a MigrateException in " + failure).isNotNull();
		assertThat(migrateFailure.reason()).isEqualTo(reason);
		FailureAnalysis analysis = new MigrateFailureAnalyzer().analyze(failure);
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).contains(reason.name());
		return analysis;
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.url);
				Statement statement = connection.createStatement()) {
			statement.executeUpdate(sql);
		}
	}

}
