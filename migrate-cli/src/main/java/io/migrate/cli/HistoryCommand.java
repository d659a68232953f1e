package io.migrate.cli;

import io.migrate.Migrator;
import io.migrate.RevisionInfo;

import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrate history [-r RANGE] [--verbose]}: the revisions, newest first. */
@Command(name = "history",
		description = "List the revisions, newest first: parent -> id (head), message.")
class HistoryCommand extends MigrateSubcommand {

	@Option(names = { "-r", "--rev-range" }, paramLabel = "RANGE",
			description = "[start]:[end], e.g. -3:current, base:head, ae10:; 'current' needs --url")
	String range;

	@Option(names = { "-v", "--verbose" }, description = "Show parents, labels, dates and files")
	boolean verbose;

	@Override
	protected int execute() {
		Migrator migrator = migrator();
		List<RevisionInfo> history = migrator.history(target(this.range));
		if (json()) {
			jsonOutput().revisions("revisions", history);
			return 0;
		}
		TextOutput text = textOutput();
		Map<String, List<String>> children = this.verbose ? TextOutput.children(migrator.revisions()) : Map.of();
		for (RevisionInfo revision : history) {
			if (this.verbose) {
				text.verbose(revision, children.getOrDefault(revision.id(), List.of()));
			}
			else {
				text.println(TextOutput.line(revision));
			}
		}
		return 0;
	}

}
