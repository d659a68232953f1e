package io.migrate.cli;

import io.migrate.Migrator;
import io.migrate.RevisionInfo;

import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrate heads}: every head, in load order. */
@Command(name = "heads",
		description = "Show the heads: revisions that no other revision revises.")
class HeadsCommand extends MigrateSubcommand {

	@Option(names = { "-v", "--verbose" }, description = "Show each head in full")
	boolean verbose;

	@Override
	protected int execute() {
		Migrator migrator = migrator();
		List<RevisionInfo> heads = migrator.heads();
		if (json()) {
			jsonOutput().ids("heads", heads.stream().map(RevisionInfo::id).toList());
			return 0;
		}
		TextOutput text = textOutput();
		for (RevisionInfo head : heads) {
			if (this.verbose) {
				text.verbose(head, List.of());
			}
			else {
				text.println(TextOutput.heading(head));
			}
		}
		return 0;
	}

}
