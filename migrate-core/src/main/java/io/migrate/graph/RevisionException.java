package io.migrate.graph;

/**
 * A precise error of the revision graph: a target that does not resolve, a walk that goes too
 * far, a graph that is not sound. The message is Alembic's map-level text with the ids in it;
 * {@code io.migrate.Migrator} turns it into a message with a remedy.
 */
public class RevisionException extends RuntimeException {

	public RevisionException(String message) {
		super(message);
	}

}
