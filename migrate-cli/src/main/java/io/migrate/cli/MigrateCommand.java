package io.migrate.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code migrate} command: the global options and the list of subcommands.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Alembic-style schema migrations: create revisions, upgrade, downgrade and inspect the database.",
		synopsisSubcommandLabel = "COMMAND",
		footer = { "", "Options are read from flags, then MIGRATE_* environment variables, then migrate.properties "
				+ "in the working directory.", "Run 'migrate COMMAND --help' for a command's arguments." },
		subcommands = { InitCommand.class, RevisionCommand.class, MergeCommand.class, UpgradeCommand.class,
				DowngradeCommand.class, StampCommand.class, CurrentCommand.class, HeadsCommand.class,
				BranchesCommand.class, HistoryCommand.class, ShowCommand.class, CheckCommand.class })
public class MigrateCommand implements Runnable {

	@Mixin
	GlobalOptions options;

	@Spec
	CommandSpec spec;

	private final CliEnvironment environment;

	private Settings settings;

	/** @param environment the environment variables and working directory to use */
	public MigrateCommand(CliEnvironment environment) {
		this.environment = environment;
	}

	@Override
	public void run() {
		throw new ParameterException(this.spec.commandLine(), "Missing command");
	}

	/**
	 * @return the settings in force, read once
	 * @throws ParameterException when {@code migrate.properties} is not valid
	 */
	Settings settings() {
		if (this.settings == null) {
			try {
				this.settings = Settings.resolve(this.options, this.environment);
			}
			catch (IllegalArgumentException ex) {
				throw new ParameterException(this.spec.commandLine(), ex.getMessage(), ex);
			}
		}
		return this.settings;
	}

	/** @return the settings if they could be read, else null */
	Settings settingsIfValid() {
		try {
			return settings();
		}
		catch (ParameterException ex) {
			return null;
		}
	}

	CliEnvironment environment() {
		return this.environment;
	}

}
