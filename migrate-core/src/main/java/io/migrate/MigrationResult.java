package io.migrate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	/** @return the result with the keys of the JSON contract: {@code from, to, steps} */
	public Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("from", this.from);
		json.put("to", this.to);
		json.put("steps", this.steps.stream().map(StepResult::toJson).toList());
		return json;
	}
}
