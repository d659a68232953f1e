package io.migrate.runtime;

import io.migrate.dialect.Dialect;
import io.migrate.graph.Direction;
import io.migrate.graph.Plan;
import io.migrate.graph.RowChange;
import io.migrate.graph.Step;
import io.migrate.script.ConnectionRequiredException;
import io.migrate.script.RevisionScript;
import io.migrate.script.Section;
import io.migrate.script.SectionPart;
import io.migrate.script.Statement;
import io.migrate.script.TransactionHooks;

import java.sql.SQLException;

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
	 * @throws ConnectionRequiredException when a revision has a part that cannot be rendered
	 * without looking at the database (e.g. a SQLite table rebuild)
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
		Section section = (script != null) ? script.section(step.direction(), this.dialect) : Section.empty();
		TransactionHooks hooks = section.hooks();
		appendAll(out, hooks.offlineBeforeTransaction());
		List<SectionPart> parts = section.parts();
		int leading = 0;
		while (leading < parts.size() && parts.get(leading).outsideTransaction()) {
			leading++;
		}
		if (leading > 0) {
			out.append("-- Transactional: false; these statements run outside a transaction\n");
			appendStatements(out, parts.subList(0, leading));
		}
		out.append(this.dialect.beginTransaction()).append(";\n");
		for (SectionPart part : parts.subList(leading, parts.size())) {
			if (part.outsideTransaction()) {
				out.append("COMMIT;\n-- this statement runs outside a transaction\n");
				appendStatements(out, List.of(part));
				out.append(this.dialect.beginTransaction()).append(";\n");
			}
			else {
				appendStatements(out, List.of(part));
			}
		}
		for (RowChange change : step.rowChanges()) {
			out.append(this.versions.render(change)).append(";\n");
		}
		out.append(this.history.render(new HistoryRecord(0, step.revision(), step.direction().label(), step.rowsBefore(),
				step.rowsAfter(), message, (script != null) ? script.checksum() : "", now, appliedBy, 0, true, null)))
			.append(";\n");
		appendAll(out, hooks.offlineBeforeCommit());
		out.append("COMMIT;\n");
		appendAll(out, hooks.offlineAfterTransaction());
		out.append('\n');
	}

	/**
	 * @throws ConnectionRequiredException when a part needs a live connection to be rendered
	 */
	private static void appendStatements(StringBuilder out, List<SectionPart> parts) {
		for (SectionPart part : parts) {
			try {
				for (Statement statement : part.render(null)) {
					out.append(statement.sql()).append(";\n");
				}
			}
			catch (SQLException ex) {
				throw new ConnectionRequiredException(part.description() + " needs a live connection: " + ex.getMessage());
			}
		}
	}

	private static void appendAll(StringBuilder out, List<String> lines) {
		for (String line : lines) {
			out.append(line).append(line.startsWith("--") ? "\n" : ";\n");
		}
	}

	private static String describe(List<String> rows) {
		return rows.isEmpty() ? "base" : String.join(",", rows);
	}

}
