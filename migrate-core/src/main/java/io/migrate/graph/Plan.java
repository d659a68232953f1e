package io.migrate.graph;

import java.util.List;

/**
 * An ordered list of steps from one set of version rows to another. Empty when there is
 * nothing to do.
 * @param rowsBefore the version rows the plan starts from, sorted
 * @param rowsAfter the version rows after the last step, sorted
 * @param steps the steps in execution order
 */
public record Plan(List<String> rowsBefore, List<String> rowsAfter, List<Step> steps) {

	public Plan {
		rowsBefore = List.copyOf(rowsBefore);
		rowsAfter = List.copyOf(rowsAfter);
		steps = List.copyOf(steps);
	}

	/** @return whether the plan has no step */
	public boolean isEmpty() {
		return this.steps.isEmpty();
	}

}
