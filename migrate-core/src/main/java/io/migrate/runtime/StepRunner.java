package io.migrate.runtime;

import io.migrate.dialect.Dialect;
import io.migrate.graph.Direction;
import io.migrate.graph.RowChange;
import io.migrate.graph.Step;
import io.migrate.script.RevisionScript;
import io.migrate.script.Section;
import io.migrate.script.SectionPart;
import io.migrate.script.Statement;
import io.migrate.script.TransactionHooks;

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
 * <p>
 * A part of a step that must run outside a transaction (a {@code Transactional: false} file, a
 * PostgreSQL {@code CREATE INDEX CONCURRENTLY}) first commits what the step ran so far, runs in
 * autocommit mode, and the step goes on in a new transaction. The trade-off is Alembic's
 * {@code autocommit_block}: a later failure rolls back only the work after that part, and the
 * error says which statements stayed. The step's {@link TransactionHooks} run around it all.
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
		Section section = (script != null) ? script.section(step.direction(), this.dialect) : Section.empty();
		TransactionHooks hooks = section.hooks();
		String message = (script != null) ? script.message() : "";
		long start = System.nanoTime();
		// statements that can no longer be rolled back, and those of the open transaction
		List<Statement> committed = new ArrayList<>();
		List<Statement> pending = new ArrayList<>();
		Statement current = null;
		SQLException failed = null;
		try {
			this.connection.setAutoCommit(true);
			hooks.beforeTransaction(this.connection);
			this.connection.setAutoCommit(false);
			for (SectionPart part : section.parts()) {
				if (part.outsideTransaction()) {
					// as Alembic's autocommit_block: what ran so far commits, the part runs on its own
					this.connection.commit();
					committed.addAll(pending);
					pending.clear();
					this.connection.setAutoCommit(true);
				}
				current = new Statement(part.description(), 0);
				for (Statement statement : part.render(this.connection)) {
					current = statement;
					try (java.sql.Statement jdbc = this.connection.createStatement()) {
						jdbc.execute(statement.sql());
					}
					(part.outsideTransaction() ? committed : pending).add(statement);
				}
				if (part.outsideTransaction()) {
					this.connection.setAutoCommit(false);
				}
			}
			current = null;
			for (RowChange change : step.rowChanges()) {
				this.versions.apply(this.connection, change);
			}
			long durationMs = millisSince(start);
			this.history.append(this.connection, record(step, script, durationMs, null));
			current = new Statement("the checks before commit", 0);
			hooks.beforeCommit(this.connection);
			this.connection.commit();
			return new CompletedStep(step, message, durationMs);
		}
		catch (SQLException ex) {
			rollback();
			failed = ex;
			long durationMs = millisSince(start);
			recordFailure(step, script, durationMs, ex);
			if (!this.dialect.transactionalDdl()) {
				committed.addAll(pending);
			}
			throw new StepFailedException(step, (script != null) ? script.source() : "", current, committed,
					this.versions.read(this.connection), ex);
		}
		finally {
			afterTransaction(hooks, failed);
		}
	}

	private void afterTransaction(TransactionHooks hooks, SQLException failure) throws SQLException {
		if (hooks == TransactionHooks.NONE) {
			return;
		}
		try {
			if (!this.connection.getAutoCommit()) {
				this.connection.setAutoCommit(true);
			}
			hooks.afterTransaction(this.connection);
		}
		catch (SQLException ex) {
			if (failure == null) {
				throw ex;
			}
			failure.addSuppressed(ex);
		}
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
