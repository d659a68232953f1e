package io.migrate.cli;

import java.nio.file.Path;
import java.util.Map;

import picocli.CommandLine.Command;

/** {@code migrate init}: creates the revisions folder. */
@Command(name = "init",
		description = "Create the revisions folder (the first --location, default " + Settings.DEFAULT_LOCATION + ").")
class InitCommand extends MigrateSubcommand {

	@Override
	protected int execute() {
		Path folder = migrator().init();
		if (json()) {
			jsonOutput().write(Map.of("path", folder.toString()));
		}
		else {
			textOutput().println("Creating directory " + folder + " ... done");
		}
		return 0;
	}

}
