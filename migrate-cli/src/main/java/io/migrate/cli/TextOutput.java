package io.migrate.cli;

import io.migrate.MigrationResult;
import io.migrate.RevisionInfo;
import io.migrate.StepResult;
import io.migrate.graph.Direction;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Human-readable output, laid out as Alembic prints it: {@code parent -> id (label) (head), message}
 * lines, {@code Rev:} blocks for {@code --verbose}, and one line per completed step.
 */
final class TextOutput {

	private static final String BASE = "<base>";

	private final PrintWriter out;

	private final Path workingDirectory;

	TextOutput(PrintWriter out, Path workingDirectory) {
		this.out = out;
		this.workingDirectory = workingDirectory;
	}

	void println(String line) {
		this.out.println(line);
		this.out.flush();
	}

	/** @return {@code id (labels) (head) (branchpoint) (mergepoint)} */
	static String heading(RevisionInfo revision) {
		StringBuilder text = new StringBuilder(revision.id());
		if (!revision.branchLabels().isEmpty()) {
			text.append(" (").append(String.join(", ", revision.branchLabels())).append(")");
		}
		text.append(markers(revision));
		return text.toString();
	}

	/** @return {@code parents (depends on) -> id (labels) (head), message}, one history line */
	static String line(RevisionInfo revision) {
		String parents = parents(revision);
		if (!revision.dependsOn().isEmpty()) {
			parents += " (" + String.join(", ", revision.dependsOn()) + ")";
		}
		return parents + " -> " + heading(revision) + ", " + revision.message();
	}

	/** Prints the {@code Rev:} block of {@code history --verbose} and {@code show}. */
	void verbose(RevisionInfo revision, List<String> children) {
		this.out.println("Rev: " + revision.id() + markers(revision));
		this.out.println((revision.mergePoint() ? "Merges: " : "Parent: ") + parents(revision));
		if (!revision.dependsOn().isEmpty()) {
			this.out.println("Also depends on: " + String.join(", ", revision.dependsOn()));
		}
		if (revision.branchPoint()) {
			this.out.println("Branches into: " + String.join(", ", children));
		}
		if (!revision.branchLabels().isEmpty()) {
			this.out.println("Branch names: " + String.join(", ", revision.branchLabels()));
		}
		if (revision.created() != null) {
			this.out.println("Created: " + revision.created());
		}
		this.out.println("Path: " + relative(this.workingDirectory, revision.source()));
		this.out.println();
		this.out.println("    " + revision.message());
		this.out.println();
		this.out.flush();
	}

	/** Prints a step as it completes: {@code Upgraded 51f20aa4768b, add Department (12 ms)}. */
	void step(StepResult step) {
		String verb = switch (step.direction()) {
			case UPGRADE -> "Upgraded";
			case DOWNGRADE -> "Downgraded";
			case STAMP -> "Stamped";
		};
		String revision = (step.revision() != null) ? step.revision() : BASE;
		String message = (step.message() == null || step.message().isEmpty()) ? "" : ", " + step.message();
		println(verb + " " + revision + message + " (" + step.durationMs() + " ms)");
	}

	/** Prints where the database ended up. */
	void summary(Direction direction, MigrationResult result, Collection<String> heads) {
		String at = versions(result.to(), heads);
		if (result.steps().isEmpty() && direction != Direction.STAMP) {
			println("Nothing to " + direction.label() + "; the database is at " + at);
		}
		else {
			println("Now at " + at);
		}
	}

	/** @return the ids, each with {@code (head)} when it is one, or {@code <base>} when none */
	static String versions(List<String> ids, Collection<String> heads) {
		if (ids.isEmpty()) {
			return BASE;
		}
		return ids.stream().map((id) -> heads.contains(id) ? id + " (head)" : id).collect(Collectors.joining(", "));
	}

	/** @return the children of every revision, by id, in load order */
	static Map<String, List<String>> children(List<RevisionInfo> revisions) {
		Map<String, List<String>> children = new java.util.HashMap<>();
		for (RevisionInfo revision : revisions) {
			for (String parent : revision.revises()) {
				children.computeIfAbsent(parent, (key) -> new ArrayList<>()).add(revision.id());
			}
		}
		return children;
	}

	/** @return {@code source} relative to the working directory when it is a file below it */
	static String relative(Path workingDirectory, String source) {
		if (source == null) {
			return null;
		}
		try {
			Path path = Path.of(source);
			return (path.isAbsolute() && path.startsWith(workingDirectory))
					? workingDirectory.relativize(path).toString() : source;
		}
		catch (InvalidPathException ex) {
			return source;
		}
	}

	private static String parents(RevisionInfo revision) {
		return revision.revises().isEmpty() ? BASE : String.join(", ", revision.revises());
	}

	private static String markers(RevisionInfo revision) {
		return (revision.head() ? " (head)" : "") + (revision.branchPoint() ? " (branchpoint)" : "")
				+ (revision.mergePoint() ? " (mergepoint)" : "");
	}

}
