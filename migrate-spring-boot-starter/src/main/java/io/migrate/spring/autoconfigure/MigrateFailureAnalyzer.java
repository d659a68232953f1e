package io.migrate.spring.autoconfigure;

import io.migrate.MigrateException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Explains a failed startup migration: what happened, and what to do about it.
 */
class MigrateFailureAnalyzer implements FailureAnalyzer {

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof MigrateException ex) {
				return analyze(ex);
			}
			if (cause instanceof PendingRevisionsException ex) {
				return analyze(ex);
			}
		}
		return null;
	}

	private FailureAnalysis analyze(MigrateException ex) {
		String description = "Migrating the database at startup failed (" + ex.reason() + "):\n\n    "
				+ ex.getMessage();
		return new FailureAnalysis(description, action(ex.reason()), ex);
	}

	private FailureAnalysis analyze(PendingRevisionsException ex) {
		String description = "migrate.on-startup is 'validate' and the database is not at the target '" + ex.target()
				+ "'. It is at " + ex.current() + "; pending: " + ex.pending() + ".";
		String action = "Apply the pending revisions (set migrate.on-startup=upgrade, or run `migrate upgrade "
				+ ex.target() + "`), or set migrate.target to the revision the database is at.";
		return new FailureAnalysis(description, action, ex);
	}

	private String action(MigrateException.Reason reason) {
		return switch (reason) {
			case INVALID_REVISIONS -> "Fix the revision file named above (run `migrate check` to list every "
					+ "problem), or point migrate.locations at the right folders.";
			case BAD_TARGET -> "Set migrate.target to a target that resolves: 'head' when there is one head, "
					+ "'heads' for all of them, 'branch@head' or a revision id. Several heads are usually joined "
					+ "with `migrate merge heads`.";
			case CHECKSUM_MISMATCH -> "A revision that has been applied must not change. Restore the file as it "
					+ "was applied and put the change in a new revision (`migrate revision -m ...`). Only if the edit "
					+ "is harmless, set migrate.validate-checksums=false.";
			case IRREVERSIBLE -> "Add a '-- migrate:downgrade' section to the revision named above, or choose "
					+ "a target that does not pass through it.";
			case UNKNOWN_REVISION -> "The database was migrated by another release; deploy that release, or "
					+ "add the missing revision files to migrate.locations.";
			case LOCKED -> "Another instance held the migration lock for longer than migrate.lock-timeout. Let it "
					+ "finish and restart, or raise migrate.lock-timeout.";
			case PLAN_CHANGED -> "The plan changed while it was being confirmed; plan again.";
			case STATEMENT_FAILED -> "Fix the statement in the revision file named above and restart. The step was "
					+ "rolled back where the database has transactional DDL, and a failed row was recorded in the "
					+ "history table; check for half-applied changes on a database without transactional DDL.";
			case DATABASE -> "Check that the database is reachable with spring.datasource.* (or migrate.url, "
					+ "migrate.user and migrate.password) and that the user may read and create the migration "
					+ "tables.";
			case USAGE -> "Check the migrate.* properties.";
		};
	}

}
