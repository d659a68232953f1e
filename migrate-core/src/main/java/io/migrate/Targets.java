package io.migrate;

import io.migrate.MigrateException.Reason;
import io.migrate.graph.Direction;
import io.migrate.graph.Plan;
import io.migrate.graph.RevisionException;
import io.migrate.graph.RevisionGraph;

import java.util.List;

/** Checks target arguments and plans them, turning graph errors into user messages once. */
final class Targets {

	/** An offline range {@code start:end}; start is null without a range. */
	record Range(String start, String end) {
	}

	private Targets() {
	}

	static String single(String target, Direction direction) {
		if (target == null || target.isBlank()) {
			throw new MigrateException(Reason.BAD_TARGET, "No target given for " + direction.label()
					+ "; name one, e.g. 'head', '+1', '-1', 'base' or a revision id");
		}
		String trimmed = target.trim();
		if (trimmed.contains(":")) {
			throw new MigrateException(Reason.BAD_TARGET, "Range revision not allowed: '" + trimmed + "' is a range;"
					+ " ranges are for offline scripts (--sql); give a single target");
		}
		return trimmed;
	}

	static Range range(String target, Direction direction) {
		if (target == null || target.isBlank()) {
			throw new MigrateException(Reason.BAD_TARGET, "No target given for " + direction.label());
		}
		int colon = target.indexOf(':');
		if (colon < 0) {
			return new Range(null, target.trim());
		}
		String start = target.substring(0, colon).trim();
		String end = target.substring(colon + 1).trim();
		if (end.isEmpty()) {
			throw new MigrateException(Reason.BAD_TARGET, "The range '" + target + "' has no end; write <from>:<to>");
		}
		return new Range(start.isEmpty() ? "base" : start, end);
	}

	static List<String> resolveAll(RevisionGraph graph, String start, Direction direction) {
		try {
			return graph.resolve(start).stream().sorted().toList();
		}
		catch (RevisionException ex) {
			throw RevisionErrors.translate(ex, start, direction.label());
		}
	}

	static Plan plan(RevisionGraph graph, Direction direction, String target, List<String> rows) {
		try {
			return (direction == Direction.UPGRADE) ? graph.planUpgrade(target, rows) : graph.planDowngrade(target, rows);
		}
		catch (RevisionException ex) {
			throw RevisionErrors.translate(ex, target, direction.label());
		}
	}

}
