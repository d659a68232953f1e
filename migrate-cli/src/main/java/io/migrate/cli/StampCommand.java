package io.migrate.cli;

import io.migrate.MigrationResult;
import io.migrate.Migrator;
import io.migrate.graph.Direction;

import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code migrate stamp TARGET... [--purge]}: sets the version table without running SQL. */
@Command(name = "stamp",
		description = "Set the version table to TARGET... without running any revision.")
class StampCommand extends MigrateSubcommand {

	@Parameters(arity = "1..*", paramLabel = "TARGET", description = "The revisions to record, e.g. head or base")
	List<String> targets;

	@Option(names = "--purge", description = "Empty the version table first")
	boolean purge;

	@Override
	protected int execute() {
		this.targets.forEach(this::target);
		TextOutput text = textOutput();
		TextOutput progress = json() ? new TextOutput(err(), settings().environment().workingDirectory()) : text;
		Migrator migrator = onlineMigrator(progress::step);
		MigrationResult result = migrator.stamp(this.targets, this.purge);
		if (json()) {
			jsonOutput().result(result);
		}
		else {
			text.summary(Direction.STAMP, result, result.heads());
		}
		return 0;
	}

}
