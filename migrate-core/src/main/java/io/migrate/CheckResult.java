package io.migrate;

import java.util.List;

/**
 * The outcome of {@code check}: every revision parses, the graph is sound, applied checksums
 * match, and the database is at its heads.
 * @param ok whether there is no problem
 * @param current the version rows, sorted
 * @param heads the heads, in load order
 * @param problems one sentence per problem, each naming what to do
 */
public record CheckResult(boolean ok, List<String> current, List<String> heads, List<String> problems) {

	public CheckResult {
		current = List.copyOf(current);
		heads = List.copyOf(heads);
		problems = List.copyOf(problems);
	}

}
