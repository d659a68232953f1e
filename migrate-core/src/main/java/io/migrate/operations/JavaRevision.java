package io.migrate.operations;

/**
 * A revision written in Java against the portable {@link Operations}, instead of a SQL file.
 * Subclasses declare their id and parents with {@link Revision @Revision}, live in the package
 * {@code db.revisions} (or a subpackage) so that the location {@code classpath:db/revisions}
 * finds them, and have a public no-argument constructor; SQL files and Java revisions mix freely
 * in one graph. (A host such as the Spring Boot starter may also register instances.)
 *
 * <pre>
 * &#64;Revision(id = "3c9e1a7b2f40", revises = "76f31678b786", message = "add employee email")
 * public class R3c9e1a7b2f40_add_employee_email extends JavaRevision {
 *
 *     &#64;Override
 *     public void upgrade(Operations op) {
 *         op.addColumn("employees", Column.of("email", ColumnType.varchar(200)));
 *         op.createIndex("ix_employees_email", "employees", "email");
 *     }
 *
 * }
 * </pre>
 *
 * The downgrade is derived when every upgrade operation has a known inverse (here: drop the index,
 * then the column). Otherwise override {@link #downgrade}; without one the revision is
 * irreversible and a downgrade through it is refused before anything runs. The operations are
 * recorded, not run, when the revision is loaded: {@code upgrade} must only call {@code op}.
 */
public abstract class JavaRevision {

	/**
	 * Records the upgrade.
	 * @param op the operations to call
	 */
	public abstract void upgrade(Operations op);

	/**
	 * Records the downgrade. Not overriding it means: derive it from the upgrade. An override
	 * that records nothing is an explicit no-op.
	 * @param op the operations to call
	 */
	public void downgrade(Operations op) {
		throw new Derived();
	}

	/** Thrown by the default {@link #downgrade}: derive the downgrade from the upgrade. */
	static final class Derived extends RuntimeException {

		Derived() {
			super("the downgrade is derived from the upgrade", null, false, false);
		}

	}

}
