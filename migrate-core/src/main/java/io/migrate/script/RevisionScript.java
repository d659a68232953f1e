package io.migrate.script;

import io.migrate.dialect.Dialect;
import io.migrate.graph.Direction;
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

	/**
	 * @return the upgrade statements as fixed text: a SQL file's section; for a revision rendered
	 * per database, its rendering for the generic dialect
	 */
	List<Statement> upgrade();

	/** @return the downgrade statements; empty when the revision is irreversible (no downgrade section) */
	Optional<List<Statement>> downgrade();

	/**
	 * @return whether the revision can be downgraded; answered without a database, so that a plan
	 * through an irreversible revision is refused before anything runs
	 */
	default boolean reversible() {
		return downgrade().isPresent();
	}

	/** @return why the revision cannot be downgraded, for messages (when {@link #reversible()} is false) */
	default String irreversibleReason() {
		return "no '-- migrate:downgrade' section, so the revision is irreversible";
	}

	/**
	 * The work of one direction for one database. The default turns {@link #upgrade()} or
	 * {@link #downgrade()} into one part per statement, inside or outside the transaction as
	 * {@link #transactional()} says; revisions written against the operations API render per
	 * dialect.
	 * @param direction {@link Direction#UPGRADE} or {@link Direction#DOWNGRADE}
	 * @param dialect the database's dialect
	 * @return the section
	 * @throws IllegalStateException for a downgrade of an irreversible revision
	 */
	default Section section(Direction direction, Dialect dialect) {
		List<Statement> statements = (direction == Direction.UPGRADE) ? upgrade()
				: downgrade().orElseThrow(() -> new IllegalStateException("No downgrade section in " + source()));
		return Section.of(statements, transactional());
	}

}
