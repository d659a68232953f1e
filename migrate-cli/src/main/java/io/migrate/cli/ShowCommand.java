package io.migrate.cli;

import io.migrate.Migrator;
import io.migrate.RevisionInfo;

import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code migrate show REV}: the revisions a name stands for, in full. */
@Command(name = "show",
		description = "Show a revision in full: an id or prefix, a label, head, heads or current (needs --url).")
class ShowCommand extends MigrateSubcommand {

	@Parameters(arity = "1", paramLabel = "REV", description = "The revision to show")
	String revision;

	@Override
	protected int execute() {
		Migrator migrator = migrator();
		List<RevisionInfo> revisions = migrator.show(target(this.revision));
		if (json()) {
			jsonOutput().revisions("revisions", revisions);
			return 0;
		}
		TextOutput text = textOutput();
		Map<String, List<String>> children = TextOutput.children(migrator.revisions());
		for (RevisionInfo shown : revisions) {
			text.verbose(shown, children.getOrDefault(shown.id(), List.of()));
		}
		return 0;
	}

}
