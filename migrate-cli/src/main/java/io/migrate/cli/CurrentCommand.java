package io.migrate.cli;

import io.migrate.Migrator;
import io.migrate.RevisionInfo;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrate current}: the revisions in the version table. */
@Command(name = "current",
		description = "Show the database's current revisions (the version-table rows); (head) marks a head.")
class CurrentCommand extends MigrateSubcommand {

	@Option(names = { "-v", "--verbose" }, description = "Show each revision in full")
	boolean verbose;

	@Override
	protected int execute() {
		Migrator migrator = onlineMigrator(null);
		List<String> current = migrator.current();
		if (json()) {
			jsonOutput().ids("current", current);
			return 0;
		}
		List<RevisionInfo> revisions = migrator.revisions();
		Map<String, RevisionInfo> byId = revisions.stream()
			.collect(Collectors.toMap(RevisionInfo::id, Function.identity()));
		TextOutput text = textOutput();
		for (String id : current) {
			RevisionInfo revision = byId.get(id);
			if (revision == null) {
				text.println(id + " (not in any revision file)");
			}
			else if (this.verbose) {
				text.verbose(revision, TextOutput.children(revisions).getOrDefault(id, List.of()));
			}
			else {
				text.println(TextOutput.heading(revision));
			}
		}
		return 0;
	}

}
