package io.migrate.cli;

import io.migrate.MigrationResult;
import io.migrate.Migrator;
import io.migrate.graph.Direction;

import java.util.Map;

import picocli.CommandLine.Option;

/**
 * What {@code upgrade} and {@code downgrade} share: run the plan with a line per completed
 * step, or print its SQL with {@code --sql}.
 */
abstract class MoveCommand extends MigrateSubcommand {

	@Option(names = "--sql",
			description = "Print the SQL instead of running it; TARGET may be a range FROM:TO. Without --url, give --dialect.")
	boolean sql;

	/** @return the target as given */
	protected abstract String targetArgument();

	protected abstract Direction direction();

	protected abstract MigrationResult run(Migrator migrator, String target);

	@Override
	protected int execute() {
		String target = target(targetArgument());
		if (this.sql) {
			String script = migrator().sql(direction(), target);
			if (json()) {
				jsonOutput().write(Map.of("sql", script));
			}
			else {
				out().print(script.endsWith("\n") ? script : script + "\n");
				out().flush();
			}
			return 0;
		}
		TextOutput text = textOutput();
		// With --json stdout holds one document, so progress goes to stderr.
		TextOutput progress = json() ? new TextOutput(err(), settings().environment().workingDirectory()) : text;
		Migrator migrator = onlineMigrator(progress::step);
		MigrationResult result = run(migrator, target);
		if (json()) {
			jsonOutput().result(result);
		}
		else {
			text.summary(direction(), result, result.heads());
		}
		return 0;
	}

}
