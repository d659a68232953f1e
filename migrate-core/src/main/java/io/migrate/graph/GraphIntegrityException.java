package io.migrate.graph;

import java.util.List;

/**
 * The revisions do not form a sound graph: a duplicate id, a missing parent, a cycle, a
 * self-loop, a duplicate branch label, or an unresolvable dependency.
 */
public final class GraphIntegrityException extends RevisionException {

	private final List<String> revisions;

	/**
	 * @param message the precise text, e.g. {@code Cycle is detected in revisions (a, b)}
	 * @param revisions the ids involved, so that the caller can name their files
	 */
	public GraphIntegrityException(String message, List<String> revisions) {
		super(message);
		this.revisions = List.copyOf(revisions);
	}

	/** @return the ids involved */
	public List<String> revisions() {
		return this.revisions;
	}

}
