package io.migrate.cli;

import io.migrate.MigrationResult;
import io.migrate.Migrator;
import io.migrate.graph.Direction;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code migrate upgrade [TARGET]}: runs the upgrade sections up to the target. */
@Command(name = "upgrade",
		description = "Upgrade the database to TARGET (default head): head, heads, an id or prefix, +N, label@head, ...")
class UpgradeCommand extends MoveCommand {

	@Parameters(arity = "0..1", paramLabel = "TARGET", defaultValue = "head", description = "Where to go (default head)")
	String target;

	@Override
	protected String targetArgument() {
		return this.target;
	}

	@Override
	protected Direction direction() {
		return Direction.UPGRADE;
	}

	@Override
	protected MigrationResult run(Migrator migrator, String target) {
		return migrator.upgrade(target);
	}

}
