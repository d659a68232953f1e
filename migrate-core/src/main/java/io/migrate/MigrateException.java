package io.migrate;

/**
 * The one error type users see: a message that quotes the value at fault and says what to do,
 * and a reason that callers (the command line, the endpoint) map to exit codes or statuses.
 */
public final class MigrateException extends RuntimeException {

	/** Why the command failed. */
	public enum Reason {
		/** A revision file does not parse or the graph is not sound. */
		INVALID_REVISIONS,
		/** The target does not resolve or is not valid from the current rows. */
		BAD_TARGET,
		/** An applied revision's file changed since it ran. */
		CHECKSUM_MISMATCH,
		/** A downgrade passes through a revision without a downgrade section. */
		IRREVERSIBLE,
		/** The database holds a revision that no file declares. */
		UNKNOWN_REVISION,
		/** Another migration holds the lock for longer than the lock timeout. */
		LOCKED,
		/** The plan differs from the plan id the caller confirmed. */
		PLAN_CHANGED,
		/** A statement of a revision failed. */
		STATEMENT_FAILED,
		/** The database could not be reached or read. */
		DATABASE,
		/** A command was used in a way it does not support (e.g. no connection configured). */
		USAGE
	}

	private final Reason reason;

	public MigrateException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public MigrateException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	/** @return why the command failed */
	public Reason reason() {
		return this.reason;
	}

}
