package io.migrate;

import io.migrate.graph.Direction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dry run: what an upgrade or downgrade would do from the database's current rows. Its
 * {@code planId} identifies the start rows and the steps; running with that id fails if either
 * has changed since, so a repeated request cannot run twice.
 * @param direction upgrade or downgrade
 * @param target the target as given
 * @param from the version rows now, sorted
 * @param to the version rows after the plan, sorted
 * @param steps the steps, in order
 * @param planId a short hash of the start rows and the steps
 */
public record MigrationPlan(Direction direction, String target, List<String> from, List<String> to,
		List<PlannedStep> steps, String planId) {

	public MigrationPlan {
		from = List.copyOf(from);
		to = List.copyOf(to);
		steps = List.copyOf(steps);
	}

	/**
	 * @return the plan with the keys of the JSON contract: {@code dryRun, direction, target, from,
	 * to, steps, planId}
	 */
	public Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("dryRun", true);
		json.put("direction", this.direction.label());
		json.put("target", this.target);
		json.put("from", this.from);
		json.put("to", this.to);
		json.put("steps", this.steps.stream().map(PlannedStep::toJson).toList());
		json.put("planId", this.planId);
		return json;
	}
}
