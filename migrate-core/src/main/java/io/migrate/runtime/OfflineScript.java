package io.migrate.runtime;

import io.migrate.dialect.Dialect;
import io.migrate.graph.Direction;
import io.migrate.graph.Plan;
import io.migrate.graph.RowChange;
import io.migrate.graph.Step;
import io.migrate.script.RevisionScript;
import io.migrate.script.Statement;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes a plan as one SQL script for a DBA to run: each revision's statements in a transaction
 * with its version-row changes and history row, preceded by the tables' DDL when the plan starts
 * from an empty database.
 */
public final class OfflineScript {

	private final Dialect dialect;

	private final VersionTable versions;

	private final HistoryTable history;

	private final String historyTable;

	/**
	 * @param dialect the database the script is for
	 * @param versionTable the version table's name
	 * @param historyTable the history table's name
	 */
	public OfflineScript(Dialect dialect, String versionTable, String historyTable) {
		this.dialect = dialect;
		this.versions = new VersionTable(versionTable, dialect);
		this.history = new HistoryTable(historyTable, dialect);
		this.historyTable = historyTable;
	}

	/**
	 * @param plan the plan
	 * @param scripts the revisions by id
	 * @param title what the script does, e.g. {@code upgrade base:head}
	 * @param createTables whether to start with the tables' DDL
	 * @param appliedBy who the history rows name
	 * @return the script
	 */
	public String render(Plan plan, Map<String, RevisionScript> scripts, String title, boolean createTables,
			String appliedBy) {
		StringBuilder out = new StringBuilder(4096);
		out.append("-- migrate offline script: ").append(title).append(" (").append(this.dialect.name()).append(")\n");
		out.append("-- versions before: ").append(describe(plan.rowsBefore())).append("; after: ")
			.append(describe(plan.rowsAfter())).append("\n\n");
		if (createTables) {
			out.append(this.dialect.createVersionTable(this.versions.name())).append(";\n\n");
			out.append(this.dialect.createHistoryTable(this.historyTable)).append(";\n\n");
		}
		Instant now = Instant.now();
		for (Step step : plan.steps()) {
			RevisionScript script = (step.direction() != Direction.STAMP) ? scripts.get(step.revision()) : null;
			renderStep(out, step, script, now, appliedBy);
		}
		return out.toString();
	}

	private void renderStep(StringBuilder out, Step step, RevisionScript script, Instant now, String appliedBy) {
		String message = (script != null) ? script.message() : "";
		out.append("-- Running ").append(step.direction().label()).append(' ').append(describe(step.rowsBefore()))
			.append(" -> ").append(describe(step.rowsAfter()));
		if (!message.isEmpty()) {
			out.append(", ").append(message.replace('\n', ' '));
		}
		out.append('\n');
		boolean transactional = script == null || script.transactional();
		if (!transactional) {
			out.append("-- Transactional: false; these statements run outside a transaction\n");
			appendStatements(out, statementsOf(step, script));
		}
		out.append(this.dialect.beginTransaction()).append(";\n");
		if (transactional) {
			appendStatements(out, statementsOf(step, script));
		}
		for (RowChange change : step.rowChanges()) {
			out.append(this.versions.render(change)).append(";\n");
		}
		out.append(this.history.render(new HistoryRecord(0, step.revision(), step.direction().label(), step.rowsBefore(),
				step.rowsAfter(), message, (script != null) ? script.checksum() : "", now, appliedBy, 0, true, null)))
			.append(";\n");
		out.append("COMMIT;\n\n");
	}

	private static List<Statement> statementsOf(Step step, RevisionScript script) {
		if (script == null) {
			return List.of();
		}
		return (step.direction() == Direction.UPGRADE) ? script.upgrade() : script.downgrade().orElse(List.of());
	}

	private static void appendStatements(StringBuilder out, List<Statement> statements) {
		for (Statement statement : statements) {
			out.append(statement.sql()).append(";\n");
		}
	}

	private static String describe(List<String> rows) {
		return rows.isEmpty() ? "base" : String.join(",", rows);
	}

}
