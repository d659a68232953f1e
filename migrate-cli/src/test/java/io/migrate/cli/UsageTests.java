package io.migrate.cli;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class UsageTests {

	@TempDir
	Path directory;

	private CliRunner.Result run(String... args) {
		return new CliRunner(this.directory).run(args);
	}

	private CommandLine parse(String... args) {
		CommandLine commandLine = MigrateCli.commandLine(new CliEnvironment(Map.of(), this.directory));
		commandLine.parseArgs(args);
		return commandLine;
	}

	@Test
	void noCommandPrintsTheUsageAndExitsTwo() {
		CliRunner.Result result = run();
		assertThat(result.status()).isEqualTo(2);
		assertThat(result.err()).contains("Usage: migrate").contains("error: Missing command");
	}

	@Test
	void anUnknownOptionExitsTwoWithOneErrorLine() {
		CliRunner.Result result = run("current", "--bogus");
		assertThat(result.status()).isEqualTo(2);
		assertThat(result.err().lines().filter((line) -> line.startsWith("error: "))).hasSize(1);
		assertThat(result.err()).contains("--bogus");
	}

	@Test
	void aMistypedOptionWhereATargetIsExpectedExitsTwo() {
		CliRunner.Result result = run("upgrade", "--sqll");
		assertThat(result.status()).isEqualTo(2);
		assertThat(result.err()).contains("error: Unknown option: '--sqll'");
	}

	@Test
	void aMissingTargetExitsTwo() {
		assertThat(run("downgrade").status()).isEqualTo(2);
	}

	@Test
	void aUsageErrorWithJsonAlsoWritesTheErrorOnStdout() {
		CliRunner.Result result = run("--json", "downgrade");
		assertThat(result.status()).isEqualTo(2);
		assertThat(result.json().get("error").asString()).contains("TARGET");
	}

	@Test
	void aCommandThatNeedsTheDatabaseWithoutAUrlExitsTwoAndSaysHowToGiveOne() {
		CliRunner.Result result = new CliRunner(this.directory).runOffline("current");
		assertThat(result.status()).isEqualTo(2);
		assertThat(result.err()).startsWith("error: No database URL").contains("--url").contains("MIGRATE_URL");
	}

	@Test
	void anInvalidTableNameExitsTwo() {
		CliRunner.Result result = run("--version-table", "bad name", "heads");
		assertThat(result.status()).isEqualTo(2);
		assertThat(result.err()).contains("error: ").contains("bad name");
	}

	@Test
	void anUnknownKeyInMigratePropertiesExitsTwo() {
		new CliRunner(this.directory).write("migrate.properties", "adress=x\n");
		CliRunner.Result result = run("heads");
		assertThat(result.status()).isEqualTo(2);
		assertThat(result.err()).contains("error: Unknown key 'adress'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "init", "revision", "merge", "upgrade", "downgrade", "stamp", "current", "heads",
			"branches", "history", "show", "check" })
	void everyCommandHasHelp(String command) {
		CliRunner.Result result = run(command, "--help");
		assertThat(result.status()).isZero();
		assertThat(result.out()).contains("Usage: migrate " + command);
	}

	@Test
	void aNegativeNumberIsADowngradeTarget() {
		CommandLine commandLine = parse("downgrade", "-1");
		assertThat(((DowngradeCommand) commandLine.getSubcommands().get("downgrade").getCommand()).target)
			.isEqualTo("-1");
	}

	@Test
	void aNegativeRangeIsAnUpgradeTarget() {
		CommandLine commandLine = parse("upgrade", "--sql", "-2:+1");
		assertThat(((UpgradeCommand) commandLine.getSubcommands().get("upgrade").getCommand()).target)
			.isEqualTo("-2:+1");
	}

	@Test
	void aNegativeRangeIsAHistoryRange() {
		CommandLine commandLine = parse("history", "-r", "-3:current");
		assertThat(((HistoryCommand) commandLine.getSubcommands().get("history").getCommand()).range)
			.isEqualTo("-3:current");
	}

	@Test
	void globalOptionsMayFollowTheCommand() {
		CommandLine commandLine = parse("downgrade", "-1", "--url", "jdbc:sqlite:x.db", "--json");
		MigrateCommand root = commandLine.getCommand();
		assertThat(root.options.url).isEqualTo("jdbc:sqlite:x.db");
		assertThat(root.options.json).isTrue();
	}

}
