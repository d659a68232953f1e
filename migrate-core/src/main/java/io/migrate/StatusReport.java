package io.migrate;

import io.migrate.graph.Direction;
import io.migrate.graph.Plan;
import io.migrate.graph.RevisionException;
import io.migrate.graph.Step;
import io.migrate.runtime.HistoryRecord;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The {@code status} query: the database against a target, from one read of files and tables. */
final class StatusReport {

	// +N and label@+N count from the database's rows, so they name no fixed revision.
	private static final Pattern RELATIVE_TO_DATABASE = Pattern.compile("(?:.+@)?[+-]\\d+");

	private final MigrateConfig config;

	private final Database database;

	StatusReport(MigrateConfig config, Database database) {
		this.config = config;
		this.database = database;
	}

	MigrationStatus status(String target) {
		String checked = Targets.single(target, Direction.UPGRADE);
		Catalog catalog = Catalog.load(this.config);
		List<RevisionInfo> revisions = catalog.infos(catalog.scripts().keySet());
		List<String> heads = catalog.graph().heads();
		return this.database.read((session) -> {
			List<String> rows = session.rows();
			List<HistoryRecord> newest = session.history(1);
			HistoryEntry lastStep = newest.isEmpty() ? null : Migrator.entry(newest.get(0));
			List<String> unknown = catalog.unknown(rows);
			if (!unknown.isEmpty()) {
				return new MigrationStatus(rows, heads, target, List.of(), List.of(), Set.of(), unknown, true,
						revisions, lastStep, null);
			}
			Set<String> applied = catalog.applied(rows);
			try {
				List<String> targetIds = targetRevisions(catalog, checked);
				Plan plan = Targets.plan(catalog.graph(), Direction.UPGRADE, checked, rows);
				List<RevisionInfo> pending = catalog.infos(plan.steps().stream().map(Step::revision).toList());
				boolean ahead = !RELATIVE_TO_DATABASE.matcher(checked).matches()
						&& !catalog.applied(targetIds).containsAll(applied);
				return new MigrationStatus(rows, heads, target, targetIds, pending, applied, List.of(), ahead,
						revisions, lastStep, null);
			}
			catch (MigrateException ex) {
				return new MigrationStatus(rows, heads, target, List.of(), List.of(), applied, List.of(), false,
						revisions, lastStep, ex.getMessage());
			}
		});
	}

	private static List<String> targetRevisions(Catalog catalog, String target) {
		if (RELATIVE_TO_DATABASE.matcher(target).matches()) {
			return List.of();
		}
		try {
			return catalog.graph().resolve(target);
		}
		catch (RevisionException ex) {
			throw RevisionErrors.translate(ex, target, "upgrade");
		}
	}

}
