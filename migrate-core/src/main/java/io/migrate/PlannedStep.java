package io.migrate;

import io.migrate.graph.Direction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of a plan that has not run.
 * @param direction upgrade, downgrade or stamp
 * @param revision the revision; for a stamp the destination id, or null for base
 * @param message the revision's message, or an empty string
 * @param sql the statements the step runs, version-table changes excluded
 */
public record PlannedStep(Direction direction, String revision, String message, List<String> sql) {

	public PlannedStep {
		sql = List.copyOf(sql);
	}

	/** @return the step with the keys of the JSON contract: {@code direction, revision, message, sql} */
	public Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("direction", this.direction.label());
		json.put("revision", this.revision);
		json.put("message", this.message);
		json.put("sql", this.sql);
		return json;
	}
}
