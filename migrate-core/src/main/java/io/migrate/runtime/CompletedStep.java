package io.migrate.runtime;

import io.migrate.graph.Step;

/**
 * A step that committed.
 * @param step the planned step
 * @param message the revision's message, or an empty string
 * @param durationMs how long it took
 */
public record CompletedStep(Step step, String message, long durationMs) {
}
