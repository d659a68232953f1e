package io.migrate.graph;

import java.util.List;

/**
 * Alembic's {@code history -r start:end} ({@code command.history}, {@code walk_revisions}):
 * newest first, in the order a downgrade would visit (reference section 9).
 */
final class HistoryWalker {

	private final Nodes nodes;

	private final UpgradePlanner planner;

	HistoryWalker(Nodes nodes, UpgradePlanner planner) {
		this.nodes = nodes;
		this.planner = planner;
	}

	List<String> history(String range, List<String> rows) {
		String start = null;
		String end = null;
		if (range != null) {
			String[] parts = range.strip().split(":", -1);
			if (!range.contains(":") || parts.length != 2) {
				throw new RevisionException("History range requires [start]:[end], [start]:, or :[end]");
			}
			start = parts[0];
			end = parts[1];
		}
		boolean lowerIsSymbol = true;
		List<String> lower;
		if ("current".equals(start) && !rows.isEmpty()) {
			lower = rows;
			lowerIsSymbol = false;
		}
		else {
			lower = List.of((start == null || start.isEmpty() || "current".equals(start)) ? "base" : start);
		}
		boolean upperIsSymbol = true;
		List<String> upper;
		if ("current".equals(end) && !rows.isEmpty()) {
			upper = rows;
			upperIsSymbol = false;
		}
		else {
			upper = List.of((end == null || end.isEmpty() || "current".equals(end)) ? "heads" : end);
		}
		return this.nodes.names(this.planner.range(upper, upperIsSymbol, lower, lowerIsSymbol));
	}

}
