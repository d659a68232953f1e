package io.migrate;

import java.util.List;

/**
 * What an upgrade, downgrade or stamp did.
 * @param from the version rows before, sorted
 * @param to the version rows after, sorted
 * @param steps the steps that ran, in order; empty when there was nothing to do
 * @param heads the heads of the revisions the run planned with, in load order (so that a caller
 * can say whether the database is now at a head without reading the files again)
 */
public record MigrationResult(List<String> from, List<String> to, List<StepResult> steps, List<String> heads) {

	public MigrationResult {
		from = List.copyOf(from);
		to = List.copyOf(to);
		steps = List.copyOf(steps);
		heads = List.copyOf(heads);
	}

}
