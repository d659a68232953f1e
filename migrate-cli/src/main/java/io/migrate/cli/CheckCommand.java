package io.migrate.cli;

import io.migrate.CheckResult;

import picocli.CommandLine.Command;

/** {@code migrate check}: validates everything and fails unless the database is at head. */
@Command(name = "check",
		description = "Validate every revision (parse, graph, checksums of applied ones); exit 1 unless the database is at head.")
class CheckCommand extends MigrateSubcommand {

	@Override
	protected int execute() {
		CheckResult result = onlineMigrator(null).check();
		if (json()) {
			jsonOutput().check(result);
		}
		else {
			TextOutput text = textOutput();
			text.println("current: " + TextOutput.versions(result.current(), result.heads()));
			text.println("heads:   " + String.join(", ", result.heads()));
			result.problems().forEach((problem) -> text.println("problem: " + problem));
			if (result.ok()) {
				text.println("OK: the revisions are valid and the database is at head");
			}
		}
		if (result.ok()) {
			return 0;
		}
		String why = result.problems().isEmpty() ? "the database is not at head; run 'migrate upgrade'"
				: String.join("; ", result.problems());
		err().println("error: " + settings().mask(why));
		err().flush();
		return 1;
	}

}
