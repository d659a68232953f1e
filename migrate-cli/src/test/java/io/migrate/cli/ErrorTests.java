package io.migrate.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorTests {

	@TempDir
	Path directory;

	private CliRunner cli;

	@BeforeEach
	void employees() {
		this.cli = new CliRunner(this.directory);
		this.cli.employeesRevisions();
	}

	@Test
	void anUnknownTargetExitsOneWithOneErrorLineThatNamesIt() {
		CliRunner.Result result = this.cli.run("upgrade", "nosuchrev");
		assertThat(result.status()).isEqualTo(1);
		assertThat(result.err().lines()).hasSize(1);
		assertThat(result.err()).startsWith("error: ").contains("nosuchrev");
		assertThat(result.out()).isEmpty();
	}

	@Test
	void anErrorWithJsonAlsoWritesItOnStdout() {
		CliRunner.Result result = this.cli.run("upgrade", "nosuchrev", "--json");
		assertThat(result.status()).isEqualTo(1);
		assertThat(result.json().get("error").asString()).contains("nosuchrev");
	}

	@Test
	void debugAddsTheStackTrace() {
		CliRunner.Result result = this.cli.run("--debug", "upgrade", "nosuchrev");
		assertThat(result.status()).isEqualTo(1);
		assertThat(result.err()).contains("io.migrate.MigrateException").contains("\tat ");
		assertThat(result.err().lines().filter((line) -> line.startsWith("error: "))).hasSize(1);
	}

	@Test
	void aFailingStatementExitsOneAndNamesTheRevision() {
		this.cli.revision("9c0ffee00001", "51f20aa4768b", "broken", "CREATE TABLE employee (id INTEGER);",
				"DROP TABLE employee;");
		CliRunner.Result result = this.cli.run("upgrade");
		assertThat(result.status()).isEqualTo(1);
		assertThat(result.err()).contains("error: ").contains("9c0ffee00001");
	}

	@Test
	void aBrokenRevisionFileExitsOne() {
		this.cli.write(Settings.DEFAULT_LOCATION + "/zz_broken.sql", "-- Revises: 51f20aa4768b\nSELECT 1;\n");
		CliRunner.Result result = this.cli.runOffline("heads");
		assertThat(result.status()).isEqualTo(1);
		assertThat(result.err()).startsWith("error: ").contains("zz_broken.sql");
	}

	@Test
	void thePasswordIsNeverPrintedInErrorsOrDebugOutput() {
		CliRunner.Result result = this.cli.env("MIGRATE_PASSWORD", "topsecret42")
			.env("MIGRATE_URL", "jdbc:nosuchdriver://db/app?password=topsecret42")
			.run("--debug", "--json", "current");
		assertThat(result.status()).isEqualTo(2);
		assertThat(result.err()).contains("error: No JDBC driver").contains("password=****")
			.doesNotContain("topsecret42");
		assertThat(result.out()).doesNotContain("topsecret42");
	}

	@Test
	void anUnreachableDatabaseExitsOneWithoutShowingThePassword() {
		CliRunner.Result result = this.cli.env("MIGRATE_PASSWORD", "topsecret42")
			.env("MIGRATE_URL", "jdbc:postgresql://127.0.0.1:1/app?connectTimeout=2")
			.env("MIGRATE_USER", "app")
			.run("--debug", "current");
		assertThat(result.status()).isEqualTo(1);
		assertThat(result.err()).contains("error: ").doesNotContain("topsecret42");
	}

}
