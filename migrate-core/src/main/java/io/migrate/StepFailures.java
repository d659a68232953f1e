package io.migrate;

import io.migrate.MigrateException.Reason;
import io.migrate.graph.Direction;
import io.migrate.runtime.StepFailedException;
import io.migrate.script.Statement;

import java.util.stream.Collectors;

/** Words a failed step for the user: where, what the database said, what state it is in, what to do. */
final class StepFailures {

	private static final int STATEMENT_PREVIEW = 300;

	private StepFailures() {
	}

	static MigrateException translate(StepFailedException ex) {
		String revision = ex.step().revision();
		String direction = ex.step().direction().label();
		StringBuilder message = new StringBuilder();
		message.append("The ").append(direction).append(" of revision ").append(revision).append(" (")
			.append(ex.source()).append(") failed");
		Statement statement = ex.statement();
		if (statement != null) {
			message.append((statement.line() > 0) ? " at line " + statement.line() + ": " : " at: ")
				.append(preview(statement.sql()));
		}
		else {
			message.append(" while recording it in the version table");
		}
		message.append(": ").append(ex.getMessage()).append(". ");
		String rows = Checks.describe(ex.rowsNow());
		if (ex.committedStatements().isEmpty()) {
			message.append("The revision was rolled back; the database is at ").append(rows)
				.append(". Fix the revision and run the ").append(direction).append(" again");
		}
		else {
			boolean numbered = ex.committedStatements().stream().allMatch((done) -> done.line() > 0);
			String lines = ex.committedStatements()
				.stream()
				.map((done) -> numbered ? String.valueOf(done.line()) : preview(done.sql()))
				.collect(Collectors.joining(numbered ? ", " : "; "));
			message.append("The statements that ran before it stay applied (this database commits DDL as it goes,")
				.append(" or they ran outside a transaction):").append(numbered ? " lines " : " ").append(lines)
				.append(". The database is at ").append(rows)
				.append(". Undo those statements by hand and run the ").append(direction)
				.append(" again, or finish the revision by hand and run `migrate stamp ")
				.append((ex.step().direction() == Direction.UPGRADE) ? revision : "<its parent>").append('`');
		}
		return new MigrateException(Reason.STATEMENT_FAILED, message.toString(), ex);
	}

	private static String preview(String sql) {
		String oneLine = sql.replaceAll("\\s+", " ").trim();
		return (oneLine.length() > STATEMENT_PREVIEW) ? oneLine.substring(0, STATEMENT_PREVIEW) + "..." : oneLine;
	}

}
