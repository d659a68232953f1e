package io.migrate.script;

import java.util.List;

/**
 * One direction of a revision (its upgrade or its downgrade) prepared for one database: the parts
 * that run in order, and the hooks that run around the step's transaction. A SQL file gives one
 * part per statement; a Java revision one part per operation (or per SQLite table rebuild), each
 * rendered just before it runs so that it can look at the database as it is at that moment.
 */
public final class Section {

	private static final Section EMPTY = new Section(List.of(), TransactionHooks.NONE);

	private final List<SectionPart> parts;

	private final TransactionHooks hooks;

	/**
	 * @param parts the parts, in the order they run
	 * @param hooks what runs around the transaction ({@link TransactionHooks#NONE} for nothing)
	 */
	public Section(List<? extends SectionPart> parts, TransactionHooks hooks) {
		this.parts = List.copyOf(parts);
		this.hooks = hooks;
	}

	/** @return a section with no parts */
	public static Section empty() {
		return EMPTY;
	}

	/**
	 * @param statements fixed statements, e.g. a section of a SQL file
	 * @param transactional whether they run inside the step's transaction
	 * @return a section with one part per statement
	 */
	public static Section of(List<Statement> statements, boolean transactional) {
		return new Section(statements.stream().map((statement) -> SectionPart.of(statement, !transactional)).toList(),
				TransactionHooks.NONE);
	}

	/** @return the parts, in the order they run */
	public List<SectionPart> parts() {
		return this.parts;
	}

	/** @return what runs before the transaction begins, before it commits, and after it ends */
	public TransactionHooks hooks() {
		return this.hooks;
	}

}
