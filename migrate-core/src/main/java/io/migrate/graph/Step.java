package io.migrate.graph;

import java.util.List;

/**
 * One step of a plan: a revision run up or down, or a stamp, with the version-table changes it
 * makes (Alembic's {@code HeadMaintainer} rules) and the rows before and after it.
 * @param direction upgrade, downgrade or stamp
 * @param revision the revision run; for a stamp the destination id, or null for base
 * @param rowChanges the version-table changes of this step, in the order they are applied
 * @param rowsBefore the version rows before the step, sorted
 * @param rowsAfter the version rows after the step, sorted
 */
public record Step(Direction direction, String revision, List<RowChange> rowChanges, List<String> rowsBefore,
		List<String> rowsAfter) {

	public Step {
		rowChanges = List.copyOf(rowChanges);
		rowsBefore = List.copyOf(rowsBefore);
		rowsAfter = List.copyOf(rowsAfter);
	}

}
