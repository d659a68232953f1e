package io.migrate.script;

/**
 * A part of a revision cannot be rendered offline: what it runs depends on the database as it is
 * when it runs (e.g. a SQLite table rebuild copies the table's current definition).
 */
public final class ConnectionRequiredException extends RuntimeException {

	/**
	 * @param message what needs the connection and why
	 */
	public ConnectionRequiredException(String message) {
		super(message);
	}

}
