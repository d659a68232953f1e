package io.migrate.cli;

import io.migrate.Migrator;
import io.migrate.RevisionInfo;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;

/** {@code migrate branches}: the branch points and where they lead. */
@Command(name = "branches",
		description = "Show the branch points: revisions that more than one revision revises.")
class BranchesCommand extends MigrateSubcommand {

	@Override
	protected int execute() {
		Migrator migrator = migrator();
		List<RevisionInfo> branches = migrator.branches();
		if (json()) {
			jsonOutput().revisions("branches", branches);
			return 0;
		}
		List<RevisionInfo> revisions = migrator.revisions();
		Map<String, RevisionInfo> byId = revisions.stream()
			.collect(Collectors.toMap(RevisionInfo::id, Function.identity()));
		Map<String, List<String>> children = TextOutput.children(revisions);
		TextOutput text = textOutput();
		for (RevisionInfo branch : branches) {
			text.println(TextOutput.heading(branch) + ", " + branch.message());
			String indent = " ".repeat(branch.id().length());
			for (String child : children.getOrDefault(branch.id(), List.of())) {
				RevisionInfo revision = byId.get(child);
				text.println(indent + " -> " + TextOutput.heading(revision) + ", " + revision.message());
			}
		}
		return 0;
	}

}
