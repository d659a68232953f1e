package io.migrate;

import io.migrate.graph.Direction;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step that ran.
 * @param direction upgrade, downgrade or stamp
 * @param revision the revision run; for a stamp the destination id, or null for base
 * @param message the revision's message, or an empty string
 * @param durationMs how long the step took, in milliseconds
 */
public record StepResult(Direction direction, String revision, String message, long durationMs) {

	/** @return the step with the keys of the JSON contract: {@code direction, revision, message, durationMs} */
	public Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("direction", this.direction.label());
		json.put("revision", this.revision);
		json.put("message", this.message);
		json.put("durationMs", this.durationMs);
		return json;
	}
}
