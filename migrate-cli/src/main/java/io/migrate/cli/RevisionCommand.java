package io.migrate.cli;

import io.migrate.CreatedRevision;
import io.migrate.NewRevision;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrate revision -m MSG}: writes a new revision file on top of the head. */
@Command(name = "revision",
		description = "Write a new revision file whose Revises is the current head (or --head); print its path.")
class RevisionCommand extends MigrateSubcommand {

	@Option(names = { "-m", "--message" }, required = true, description = "What the revision does")
	String message;

	@Option(names = "--rev-id", paramLabel = "ID", description = "Use this id instead of 12 random hex digits")
	String revId;

	@Option(names = "--head", paramLabel = "REV",
			description = "The revision to build on (default head); with several heads name one, e.g. label@head")
	String head;

	@Option(names = "--splice", description = "Allow --head to be a revision that is not a head (starts a branch)")
	boolean splice;

	@Option(names = "--branch-label", paramLabel = "LABEL", description = "A branch label for the new revision; repeatable")
	List<String> branchLabels = new ArrayList<>();

	@Option(names = "--depends-on", paramLabel = "REV", description = "A revision or label it depends on; repeatable")
	List<String> dependsOn = new ArrayList<>();

	@Option(names = "--java", description = "Write a Java revision class (package db.revisions) instead of a SQL file")
	boolean java;

	@Option(names = "--java-dir", paramLabel = "DIR",
			description = "Where --java writes the class (default: src/main/java/db/revisions beside the revisions folder)")
	Path javaDirectory;

	@Override
	protected int execute() {
		List<String> heads = (this.head != null) ? List.of(target(this.head)) : List.of();
		NewRevision request = new NewRevision(this.message, this.revId, heads, this.splice, this.branchLabels,
				this.dependsOn);
		if (this.java || this.javaDirectory != null) {
			Path directory = (this.javaDirectory != null) ? resolve(this.javaDirectory) : null;
			print(this, migrator().javaRevision(request, directory));
		}
		else {
			print(this, migrator().revision(request));
		}
		return 0;
	}

	private Path resolve(Path path) {
		return path.isAbsolute() ? path : settings().environment().workingDirectory().resolve(path);
	}

	static void print(MigrateSubcommand command, CreatedRevision created) {
		if (command.json()) {
			command.jsonOutput().created(created.path(), created.revision());
		}
		else {
			command.textOutput().println("Generating " + created.path() + " ... done");
		}
	}

}
