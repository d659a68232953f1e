package io.migrate;

/** Told about each step as it completes, so that long runs can show progress. */
@FunctionalInterface
public interface MigrationListener {

	/** @param step the step that has just been committed */
	void stepCompleted(StepResult step);

}
