package io.migrate;

import io.migrate.MigrateException.Reason;
import io.migrate.graph.Direction;
import io.migrate.graph.Plan;
import io.migrate.graph.Step;
import io.migrate.script.RevisionScript;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The checks that run before anything runs: known rows, unchanged files, reversible paths. */
final class Checks {

	private Checks() {
	}

	static void knownRows(Catalog catalog, Collection<String> rows) {
		List<String> unknown = catalog.unknown(rows);
		if (!unknown.isEmpty()) {
			throw new MigrateException(Reason.UNKNOWN_REVISION, "Can't locate revision identified by '"
					+ String.join(", ", unknown) + "': the database is at a revision that no revision file declares"
					+ " (a newer release, or a file that was removed); restore the file, or point the locations at"
					+ " the revisions that produced this database");
		}
	}

	/** @return one sentence per applied revision whose file changed since it ran */
	static List<String> checksumProblems(Catalog catalog, Collection<String> rows, Map<String, String> stored) {
		List<String> problems = new ArrayList<>();
		if (stored.isEmpty()) {
			return problems;
		}
		for (String id : catalog.applied(rows)) {
			String was = stored.get(id);
			RevisionScript script = catalog.script(id);
			if (was != null && !was.isEmpty() && !was.equals(script.checksum())) {
				problems.add("Revision " + id + " (" + script.source() + ") was changed after it was applied: the"
						+ " database recorded " + was + ", the file is now " + script.checksum()
						+ "; restore the file and put the change in a new revision");
			}
		}
		problems.sort(null);
		return problems;
	}

	static void checksums(Catalog catalog, Collection<String> rows, Map<String, String> stored) {
		List<String> problems = checksumProblems(catalog, rows, stored);
		if (!problems.isEmpty()) {
			throw new MigrateException(Reason.CHECKSUM_MISMATCH, String.join("; ", problems)
					+ (problems.size() > 1 ? "" : "") + " (or turn checksum validation off)");
		}
	}

	static void reversible(Catalog catalog, Plan plan) {
		List<String> irreversible = new ArrayList<>();
		List<String> reasons = new ArrayList<>();
		for (Step step : plan.steps()) {
			RevisionScript script = catalog.script(step.revision());
			if (step.direction() == Direction.DOWNGRADE && !script.reversible()) {
				irreversible.add(step.revision() + " (" + script.source() + ")");
				if (!reasons.contains(script.irreversibleReason())) {
					reasons.add(script.irreversibleReason());
				}
			}
		}
		if (!irreversible.isEmpty()) {
			throw new MigrateException(Reason.IRREVERSIBLE, "Cannot downgrade through " + String.join(", ", irreversible)
					+ ": " + String.join("; ", reasons) + ". Nothing was run; add a downgrade section (an empty one is"
					+ " an explicit no-op) or a downgrade(Operations) method, or choose a target above it");
		}
	}

	static void planId(String expected, String actual, Plan plan) {
		if (expected != null && !expected.equals(actual)) {
			throw new MigrateException(Reason.PLAN_CHANGED, "The plan is no longer " + expected + " (now " + actual
					+ ", from " + describe(plan.rowsBefore()) + " with " + plan.steps().size()
					+ " steps): the database changed since the plan was made. Nothing was run; review the new plan");
		}
	}

	static String describe(List<String> rows) {
		return rows.isEmpty() ? "base" : String.join(", ", rows);
	}


}
