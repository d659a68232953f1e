package io.migrate.cli;

import io.migrate.NewRevision;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code migrate merge -m MSG REV...}: writes a merge revision. */
@Command(name = "merge",
		description = "Write a merge revision whose parents are REV... ('heads' merges every head).")
class MergeCommand extends MigrateSubcommand {

	@Option(names = { "-m", "--message" }, required = true, description = "What the merge is")
	String message;

	@Option(names = "--rev-id", paramLabel = "ID", description = "Use this id instead of 12 random hex digits")
	String revId;

	@Option(names = "--branch-label", paramLabel = "LABEL", description = "A branch label for the merge; repeatable")
	List<String> branchLabels = new ArrayList<>();

	@Parameters(arity = "1..*", paramLabel = "REV", description = "The revisions to merge, e.g. heads")
	List<String> revisions;

	@Override
	protected int execute() {
		this.revisions.forEach(this::target);
		NewRevision request = new NewRevision(this.message, this.revId, this.revisions, false, this.branchLabels,
				List.of());
		RevisionCommand.print(this, migrator().merge(request));
		return 0;
	}

}
