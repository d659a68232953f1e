package io.migrate;

import io.migrate.MigrateException.Reason;
import io.migrate.graph.GraphIntegrityException;
import io.migrate.graph.MultipleHeadsException;
import io.migrate.graph.RangeNotAncestorException;
import io.migrate.graph.ResolutionException;
import io.migrate.graph.RevisionException;

/**
 * The one place where the graph's precise errors become messages for users: Alembic's
 * command-level wording, the values at fault, and what to do.
 */
final class RevisionErrors {

	private RevisionErrors() {
	}

	/**
	 * @param ex the graph's error
	 * @param argument the target or range as the user gave it
	 * @param command the command, e.g. {@code upgrade}, {@code downgrade}, {@code history}
	 */
	static MigrateException translate(RevisionException ex, String argument, String command) {
		if (ex instanceof ResolutionException resolution) {
			return new MigrateException(Reason.BAD_TARGET, "Can't locate revision identified by '" + resolution.argument()
					+ "' (" + ex.getMessage() + "); run `migrate history` to list the revisions and their ids", ex);
		}
		if (ex instanceof MultipleHeadsException heads) {
			return new MigrateException(Reason.BAD_TARGET,
					"Multiple head revisions are present for given argument '" + argument + "' ("
							+ String.join(", ", heads.heads()) + "); please specify a specific target revision, "
							+ "'<branchname>@" + argument + "' to narrow to a specific head, or 'heads' for all heads;"
							+ " or join them with `migrate merge heads`",
					ex);
		}
		if (ex instanceof RangeNotAncestorException) {
			if (command.equals("history")) {
				return new MigrateException(Reason.BAD_TARGET, "Requested range " + argument
						+ " does not refer to ancestor/descendant revisions along the same branch", ex);
			}
			return new MigrateException(Reason.BAD_TARGET, "Destination " + argument + " is not a valid " + command
					+ " target from current head(s); run `migrate current` and `migrate history` to see where the"
					+ " database is", ex);
		}
		if (ex instanceof GraphIntegrityException) {
			return new MigrateException(Reason.INVALID_REVISIONS, ex.getMessage(), ex);
		}
		if (ex.getMessage().startsWith("Ambiguous walk")) {
			return new MigrateException(Reason.BAD_TARGET, "Ambiguous walk: '" + argument + "' would step across a branch"
					+ " point or a merge point; name the target revision, or narrow it to a branch with 'label@-N'", ex);
		}
		return new MigrateException(Reason.BAD_TARGET, ex.getMessage(), ex);
	}

}
