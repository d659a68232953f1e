package io.migrate;

import io.migrate.graph.Plan;
import io.migrate.graph.RevisionException;
import io.migrate.graph.Step;
import io.migrate.runtime.HistoryRecord;

import java.util.ArrayList;
import java.util.List;

/** The {@code check} command: collects every problem rather than stopping at the first. */
final class Inspection {

	private final MigrateConfig config;

	private final Database database;

	Inspection(MigrateConfig config, Database database) {
		this.config = config;
		this.database = database;
	}

	CheckResult check() {
		Catalog catalog;
		try {
			catalog = Catalog.load(this.config);
		}
		catch (MigrateException ex) {
			return new CheckResult(false, List.of(), List.of(), List.of(ex.getMessage()));
		}
		List<String> heads = catalog.graph().heads();
		if (!this.database.configured()) {
			return new CheckResult(true, List.of(), heads, List.of());
		}
		return this.database.read((session) -> {
			List<String> problems = new ArrayList<>();
			List<String> rows = session.rows();
			List<String> unknown = catalog.unknown(rows);
			if (!unknown.isEmpty()) {
				problems.add("The database is at " + String.join(", ", unknown)
						+ ", which no revision file declares; restore the file or stamp the database");
				return new CheckResult(false, rows, heads, problems);
			}
			if (this.config.validateChecksums()) {
				problems.addAll(Checks.checksumProblems(catalog, rows, session.appliedChecksums()));
			}
			List<HistoryRecord> last = session.history(1);
			if (!last.isEmpty() && !last.get(0).success()) {
				HistoryRecord failed = last.get(0);
				problems.add("The last step failed: " + failed.direction() + " of " + failed.revision() + ": "
						+ failed.error() + "; fix the revision and run it again");
			}
			pending(catalog, rows, problems);
			return new CheckResult(problems.isEmpty(), rows, heads, problems);
		});
	}

	private static void pending(Catalog catalog, List<String> rows, List<String> problems) {
		try {
			Plan plan = catalog.graph().planUpgrade("heads", rows);
			if (!plan.isEmpty()) {
				List<String> ids = plan.steps().stream().map(Step::revision).toList();
				problems.add("The database is not at head: " + ids.size() + " revision(s) pending (" + String.join(", ", ids)
						+ "); run `migrate upgrade heads`");
			}
		}
		catch (RevisionException ex) {
			problems.add(RevisionErrors.translate(ex, "heads", "upgrade").getMessage());
		}
	}

}
