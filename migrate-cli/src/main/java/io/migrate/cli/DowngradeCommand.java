package io.migrate.cli;

import io.migrate.MigrationResult;
import io.migrate.Migrator;
import io.migrate.graph.Direction;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code migrate downgrade TARGET}: runs the downgrade sections down to the target. */
@Command(name = "downgrade",
		description = "Downgrade the database to TARGET: -1, base, an id or prefix, label@-1, ... (with --sql: FROM:TO)")
class DowngradeCommand extends MoveCommand {

	@Parameters(arity = "1", paramLabel = "TARGET", description = "Where to go, e.g. -1 or base")
	String target;

	@Override
	protected String targetArgument() {
		return this.target;
	}

	@Override
	protected Direction direction() {
		return Direction.DOWNGRADE;
	}

	@Override
	protected MigrationResult run(Migrator migrator, String target) {
		return migrator.downgrade(target);
	}

}
