package io.migrate.script;

import io.migrate.graph.Revision;

import java.util.List;
import java.util.Optional;

/**
 * A revision together with what it runs. A SQL file is one kind; the model does not assume that
 * every revision is a file of SQL.
 */
public interface RevisionScript {

	/** @return the graph value: id, parents, branch labels, depends_on */
	Revision revision();

	/** @return the message, or an empty string */
	String message();

	/** @return the creation timestamp as written (ISO-8601), if any */
	Optional<String> created();

	/** @return where the revision comes from, for messages (a file path or class name) */
	String source();

	/** @return whether the sections run inside a transaction ({@code Transactional: false} opts out) */
	boolean transactional();

	/** @return the tagged checksum, e.g. {@code sha256-lf:3f2a...} */
	String checksum();

	/** @return the upgrade statements */
	List<Statement> upgrade();

	/** @return the downgrade statements; empty when the revision is irreversible (no downgrade section) */
	Optional<List<Statement>> downgrade();

}
