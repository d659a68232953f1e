package io.migrate.bench.process;

import org.flywaydb.core.Flyway;

/**
 * Flyway's minimal equivalent of {@code migrate upgrade head}: {@code migrate} with the defaults
 * (validation on). Arguments: the JDBC URL and the migrations folder.
 */
public final class FlywayMain {

	private FlywayMain() {
	}

	/** Runs it. */
	public static void main(String[] args) {
		int applied = Flyway.configure()
			.dataSource(args[0], null, null)
			.locations("filesystem:" + args[1])
			.load()
			.migrate().migrationsExecuted;
		System.out.println("applied " + applied);
	}

}
