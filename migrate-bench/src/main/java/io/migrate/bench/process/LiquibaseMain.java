package io.migrate.bench.process;

import java.nio.file.Path;
import java.sql.DriverManager;

import io.migrate.bench.LiquibaseRunner;

/**
 * Liquibase's minimal equivalent of {@code migrate upgrade head}: {@code update} with the
 * defaults, analytics off. Arguments: the JDBC URL and the folder of {@code changelog.sql}.
 */
public final class LiquibaseMain {

	private LiquibaseMain() {
	}

	/** Runs it. */
	public static void main(String[] args) throws Exception {
		LiquibaseRunner.update(DriverManager.getConnection(args[0]), Path.of(args[1]));
		System.out.println("updated");
	}

}
