package io.migrate.runtime;

import io.migrate.dialect.Dialect;
import io.migrate.graph.Direction;
import io.migrate.graph.RowChange;
import io.migrate.graph.Step;
import io.migrate.script.RevisionScript;
import io.migrate.script.Statement;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the steps of a plan, each in its own transaction together with its version-row changes and
 * its history row. A failing statement rolls its step back, records a failed history row in a
 * transaction of its own, and stops the run; the steps before it stay applied.
 */
final class StepRunner {

	private static final Logger logger = LoggerFactory.getLogger("io.migrate");

	private final Connection connection;

	private final Dialect dialect;

	private final VersionTable versions;

	private final HistoryTable history;

	private final String appliedBy;

	StepRunner(Connection connection, Dialect dialect, VersionTable versions, HistoryTable history, String appliedBy) {
		this.connection = connection;
		this.dialect = dialect;
		this.versions = versions;
		this.history = history;
		this.appliedBy = appliedBy;
	}

	List<CompletedStep> run(List<Step> steps, Map<String, RevisionScript> scripts, Consumer<CompletedStep> listener)
			throws SQLException {
		List<CompletedStep> completed = new ArrayList<>(steps.size());
		for (Step step : steps) {
			RevisionScript script = (step.direction() != Direction.STAMP) ? scripts.get(step.revision()) : null;
			CompletedStep done = runStep(step, script);
			logger.info("{} {} ({}) in {} ms", describe(step), (step.revision() != null) ? step.revision() : "base",
					done.message(), done.durationMs());
			completed.add(done);
			listener.accept(done);
		}
		return completed;
	}

	private static String describe(Step step) {
		return switch (step.direction()) {
			case UPGRADE -> "Upgraded to";
			case DOWNGRADE -> "Downgraded from";
			case STAMP -> "Stamped";
		};
	}

	private CompletedStep runStep(Step step, RevisionScript script) throws SQLException {
		List<Statement> statements = statementsOf(step, script);
		String message = (script != null) ? script.message() : "";
		boolean transactional = script == null || script.transactional();
		long start = System.nanoTime();
		List<Statement> ran = new ArrayList<>(statements.size());
		Statement current = null;
		try {
			this.connection.setAutoCommit(!transactional);
			for (Statement statement : statements) {
				current = statement;
				try (java.sql.Statement jdbc = this.connection.createStatement()) {
					jdbc.execute(statement.sql());
				}
				ran.add(statement);
			}
			current = null;
			this.connection.setAutoCommit(false);
			for (RowChange change : step.rowChanges()) {
				this.versions.apply(this.connection, change);
			}
			long durationMs = millisSince(start);
			this.history.append(this.connection, record(step, script, durationMs, null));
			this.connection.commit();
			return new CompletedStep(step, message, durationMs);
		}
		catch (SQLException ex) {
			rollback();
			long durationMs = millisSince(start);
			recordFailure(step, script, durationMs, ex);
			boolean keptStatements = !transactional || !this.dialect.transactionalDdl();
			throw new StepFailedException(step, (script != null) ? script.source() : "", current,
					keptStatements ? ran : List.of(), this.versions.read(this.connection), ex);
		}
	}

	private static List<Statement> statementsOf(Step step, RevisionScript script) {
		if (script == null) {
			return List.of();
		}
		if (step.direction() == Direction.UPGRADE) {
			return script.upgrade();
		}
		return script.downgrade()
			.orElseThrow(() -> new IllegalStateException("No downgrade section in " + script.source()));
	}

	private HistoryRecord record(Step step, RevisionScript script, long durationMs, String error) {
		boolean success = error == null;
		return new HistoryRecord(0, step.revision(), step.direction().label(), step.rowsBefore(),
				success ? step.rowsAfter() : step.rowsBefore(), (script != null) ? script.message() : "",
				(script != null) ? script.checksum() : "", Instant.now(), this.appliedBy, durationMs, success, error);
	}

	private void recordFailure(Step step, RevisionScript script, long durationMs, SQLException failure) {
		try {
			this.connection.setAutoCommit(false);
			this.history.append(this.connection, record(step, script, durationMs, String.valueOf(failure.getMessage())));
			this.connection.commit();
		}
		catch (SQLException ex) {
			failure.addSuppressed(ex);
			rollback();
		}
	}

	private void rollback() {
		try {
			if (!this.connection.getAutoCommit()) {
				this.connection.rollback();
			}
		}
		catch (SQLException ex) {
			// the original failure is what the user needs to see
		}
	}

	private static long millisSince(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}

}
