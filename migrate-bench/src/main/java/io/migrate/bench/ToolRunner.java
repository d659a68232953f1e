package io.migrate.bench;

import java.nio.file.Path;

/**
 * One tool under measurement. Every call starts the tool afresh (a new configuration, new
 * connections), as an application restart would; only the JVM stays warm.
 */
public interface ToolRunner {

	/** @return the tool's name in the report */
	String name();

	/**
	 * Writes the workload in the tool's own format.
	 * @param workload the revisions
	 * @param folder a folder of the tool's own
	 */
	void prepare(Workload workload, Path folder) throws Exception;

	/** Applies every revision to the empty {@code target}. */
	void upgrade(Target target) throws Exception;

	/** Runs the tool's upgrade at head, with whatever validation it does by default: nothing to do. */
	void noop(Target target) throws Exception;

	/** @return whether the tool can revert every revision */
	default boolean canDowngrade() {
		return true;
	}

	/** Reverts every revision, back to the empty schema. */
	void downgrade(Target target) throws Exception;

	/** @throws IllegalStateException with {@code message} unless {@code condition} */
	static void check(boolean condition, String message) {
		if (!condition) {
			throw new IllegalStateException(message);
		}
	}

}
