package io.migrate;

import io.migrate.graph.Direction;

/**
 * One step that ran.
 * @param direction upgrade, downgrade or stamp
 * @param revision the revision run; for a stamp the destination id, or null for base
 * @param message the revision's message, or an empty string
 * @param durationMs how long the step took, in milliseconds
 */
public record StepResult(Direction direction, String revision, String message, long durationMs) {
}
