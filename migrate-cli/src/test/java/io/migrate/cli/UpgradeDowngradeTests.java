package io.migrate.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class UpgradeDowngradeTests {

	@TempDir
	Path directory;

	private CliRunner cli;

	@BeforeEach
	void employees() {
		this.cli = new CliRunner(this.directory);
		this.cli.employeesRevisions();
	}

	@Test
	void upgradePrintsEachStepAsItCompletesAndWhereItEnded() {
		CliRunner.Result result = this.cli.run("upgrade");
		assertThat(result.status()).isZero();
		assertThat(result.lines()).hasSize(3);
		assertThat(result.lines().get(0)).matches("Upgraded 15537423c56d, Initial migration \\(\\d+ ms\\)");
		assertThat(result.lines().get(1)).matches("Upgraded 51f20aa4768b, add Department \\(\\d+ ms\\)");
		assertThat(result.lines().get(2)).isEqualTo("Now at 51f20aa4768b (head)");
	}

	@Test
	void upgradeWithNothingToDoSaysSo() {
		this.cli.run("upgrade");
		assertThat(this.cli.run("upgrade").out()).isEqualTo("Nothing to upgrade; the database is at 51f20aa4768b (head)\n");
	}

	@Test
	void upgradeWithJsonWritesFromToAndSteps() {
		JsonNode json = this.cli.run("upgrade", "--json").json();
		assertThat(json.get("from")).isEmpty();
		assertThat(json.get("to").get(0).asString()).isEqualTo("51f20aa4768b");
		assertThat(json.get("steps")).hasSize(2);
		JsonNode step = json.get("steps").get(0);
		assertThat(step.get("direction").asString()).isEqualTo("upgrade");
		assertThat(step.get("revision").asString()).isEqualTo("15537423c56d");
		assertThat(step.get("durationMs").isNumber()).isTrue();
	}

	@Test
	void upgradeToARelativeTargetRunsThatManySteps() {
		CliRunner.Result result = this.cli.run("upgrade", "+1");
		assertThat(result.status()).isZero();
		assertThat(result.out()).endsWith("Now at 15537423c56d\n");
	}

	@Test
	void downgradeMinusOneNeedsNoDoubleDash() {
		this.cli.run("upgrade");
		CliRunner.Result result = this.cli.run("downgrade", "-1");
		assertThat(result.status()).isZero();
		assertThat(result.lines().get(0)).matches("Downgraded 51f20aa4768b, add Department \\(\\d+ ms\\)");
		assertThat(result.lines().get(1)).isEqualTo("Now at 15537423c56d");
	}

	@Test
	void downgradeToBaseWithJsonEndsWithNoVersions() {
		this.cli.run("upgrade");
		JsonNode json = this.cli.run("downgrade", "base", "--json").json();
		assertThat(json.get("from").get(0).asString()).isEqualTo("51f20aa4768b");
		assertThat(json.get("to")).isEmpty();
		assertThat(json.get("steps")).extracting((step) -> step.get("direction").asString())
			.containsExactly("downgrade", "downgrade");
	}

	@Test
	void stampSetsTheVersionWithoutRunningSql() {
		CliRunner.Result result = this.cli.run("stamp", "head", "--json");
		assertThat(result.status()).isZero();
		JsonNode step = result.json().get("steps").get(0);
		assertThat(step.get("direction").asString()).isEqualTo("stamp");
		assertThat(step.get("revision").asString()).isEqualTo("51f20aa4768b");
		assertThat(this.cli.run("current", "--json").json().get("current").get(0).asString()).isEqualTo("51f20aa4768b");
		assertThat(this.cli.run("upgrade").out()).startsWith("Nothing to upgrade");
	}

	@Test
	void stampToBaseWithPurgeEmptiesTheVersionTable() {
		this.cli.run("upgrade");
		CliRunner.Result result = this.cli.run("stamp", "base", "--purge");
		assertThat(result.status()).isZero();
		assertThat(result.out()).endsWith("Now at <base>\n");
		assertThat(this.cli.run("current", "--json").json().get("current")).isEmpty();
	}

	@Test
	void upgradeSqlPrintsTheScriptWithoutADatabase() {
		CliRunner.Result result = this.cli.runOffline("--dialect", "sqlite", "upgrade", "--sql");
		assertThat(result.status()).as(result.err()).isZero();
		assertThat(result.out()).contains("CREATE TABLE employee").contains("CREATE TABLE department");
		assertThat(this.directory.resolve("app.db")).doesNotExist();
	}

	@Test
	void downgradeSqlTakesARange() {
		CliRunner.Result result = this.cli.runOffline("--dialect", "sqlite", "downgrade", "--sql",
				"51f20aa4768b:15537423c56d");
		assertThat(result.status()).as(result.err()).isZero();
		assertThat(result.out()).contains("DROP TABLE department").doesNotContain("DROP TABLE employee");
	}

	@Test
	void upgradeSqlWithAUrlStartsFromTheDatabaseRows() {
		this.cli.run("upgrade", "+1");
		CliRunner.Result result = this.cli.run("upgrade", "--sql");
		assertThat(result.status()).as(result.err()).isZero();
		assertThat(result.out()).contains("CREATE TABLE department").doesNotContain("CREATE TABLE employee");
	}

	@Test
	void upgradeSqlWithJsonWrapsTheScript() {
		CliRunner.Result result = this.cli.runOffline("--dialect", "sqlite", "--json", "upgrade", "--sql");
		assertThat(result.json().get("sql").asString()).contains("CREATE TABLE employee");
	}

	@Test
	void withJsonTheProgressGoesToStderr() {
		CliRunner.Result result = this.cli.run("--json", "upgrade");
		assertThat(result.json().get("steps")).hasSize(2);
		assertThat(result.err()).contains("Upgraded 15537423c56d").contains("Upgraded 51f20aa4768b");
	}

	@Test
	void theUrlAndTablesCanComeFromMigrateProperties() {
		this.cli.write("migrate.properties", "url=" + this.cli.url() + "\nversion-table=app_version\n");
		CliRunner.Result result = new CliRunner(this.directory).env("MIGRATE_URL", "").run("upgrade");
		assertThat(result.status()).as(result.err()).isZero();
		assertThat(this.cli.run("current").out()).isEqualTo("51f20aa4768b (head)\n");
		assertThat(this.cli.run("--version-table", "migrate_version", "current").out()).isEmpty();
	}

}
