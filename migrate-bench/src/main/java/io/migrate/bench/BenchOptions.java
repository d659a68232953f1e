package io.migrate.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The bench's command-line options, each with a default that makes the full run. Options are
 * {@code --name value} pairs, and {@code --no-*} flags.
 */
public final class BenchOptions {

	/** The workload sizes: {@code --revisions 100,1000}. */
	List<Integer> revisions = List.of(100, 1000);

	/** Repetitions per target and size: {@code --reps 5}. */
	int repetitions = 5;

	/** Runs at head per repetition: {@code --noop-runs 3}. */
	int noopRuns = 3;

	/** {@code sqlite-tmpfs}, {@code sqlite-disk}, {@code postgresql}: {@code --targets}. */
	List<String> targets = List.of("sqlite-tmpfs", "sqlite-disk", "postgresql");

	/** A JDBC URL of an existing database on the PostgreSQL server: {@code --pg-url}. */
	String postgresUrl = "jdbc:postgresql://127.0.0.1:5432/test";

	/** {@code --pg-user}. */
	String postgresUser = "postgres";

	/** {@code --pg-password}. */
	String postgresPassword;

	/** Whether to measure whole processes: {@code --no-processes} turns it off. */
	boolean processes = true;

	/** Runs per process and flag set: {@code --process-reps 5}. */
	int processRepetitions = 5;

	/** The workload size of the process measures: {@code --process-revisions 1000}. */
	int processRevisions = 1000;

	/** Graph sizes for planning alone: {@code --planning 1000,10000,100000}; {@code --no-planning}. */
	List<Integer> planning = List.of(1_000, 10_000, 100_000);

	/** The CLI jar, null for {@code migrate-cli/target/migrate.jar} beside this module: {@code --cli-jar}. */
	Path cliJar;

	/** The JSON file, null for {@code target/bench-results.json}: {@code --out}. */
	Path output;

	/** Where SQLite files on disk go, null for {@code target/bench-work}: {@code --disk-dir}. */
	Path diskFolder;

	/** Where SQLite files on tmpfs go: {@code --tmpfs-dir /dev/shm}. */
	Path tmpfsFolder = Path.of("/dev/shm");

	/** Whether to warm the JVM up before measuring: {@code --no-warmup} turns it off. */
	boolean warmup = true;

	/** @return the options of the smoke run: 10 revisions, one repetition, SQLite only, no processes */
	public static BenchOptions smoke() {
		BenchOptions options = new BenchOptions();
		options.revisions = List.of(10);
		options.repetitions = 1;
		options.noopRuns = 1;
		options.targets = List.of("sqlite-tmpfs", "sqlite-disk");
		options.processes = false;
		options.planning = List.of(1_000);
		options.warmup = false;
		return options;
	}

	/**
	 * @param args the options; {@code --smoke} starts from {@link #smoke()}
	 * @throws IllegalArgumentException naming an unknown option or a missing value
	 */
	public static BenchOptions parse(String... args) {
		List<String> list = Arrays.asList(args);
		BenchOptions options = list.contains("--smoke") ? smoke() : new BenchOptions();
		for (int i = 0; i < args.length; i++) {
			String name = args[i];
			if (name.equals("--smoke")) {
				continue;
			}
			if (name.startsWith("--no-")) {
				options.flag(name);
				continue;
			}
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException("option " + name + " needs a value");
			}
			options.set(name, args[++i]);
		}
		return options;
	}

	private void flag(String name) {
		switch (name) {
			case "--no-processes" -> this.processes = false;
			case "--no-planning" -> this.planning = List.of();
			case "--no-warmup" -> this.warmup = false;
			default -> throw unknown(name);
		}
	}

	private void set(String name, String value) {
		switch (name) {
			case "--revisions" -> this.revisions = ints(value);
			case "--reps" -> this.repetitions = Integer.parseInt(value);
			case "--noop-runs" -> this.noopRuns = Integer.parseInt(value);
			case "--targets" -> this.targets = List.of(value.split(","));
			case "--pg-url" -> this.postgresUrl = value;
			case "--pg-user" -> this.postgresUser = value;
			case "--pg-password" -> this.postgresPassword = value;
			case "--process-reps" -> this.processRepetitions = Integer.parseInt(value);
			case "--process-revisions" -> this.processRevisions = Integer.parseInt(value);
			case "--planning" -> this.planning = ints(value);
			case "--cli-jar" -> this.cliJar = Path.of(value);
			case "--out" -> this.output = Path.of(value);
			case "--disk-dir" -> this.diskFolder = Path.of(value);
			case "--tmpfs-dir" -> this.tmpfsFolder = Path.of(value);
			default -> throw unknown(name);
		}
	}

	private static IllegalArgumentException unknown(String name) {
		return new IllegalArgumentException("unknown option " + name + "; the README's Benchmarks section lists them");
	}

	private static List<Integer> ints(String value) {
		return Arrays.stream(value.split(",")).map(String::trim).map(Integer::valueOf).toList();
	}

}
