package io.migrate;

import io.migrate.graph.Direction;

import java.util.List;

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

}
