package io.migrate.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the benchmark: migrate beside Flyway, Liquibase and the plain-JDBC floor, on SQLite (on
 * disk and on tmpfs) and PostgreSQL, then whole processes, then planning alone. Prints a
 * Markdown table on stdout and writes {@code target/bench-results.json}; progress goes to stderr.
 * Options are in {@link BenchOptions}; {@code --smoke} is the small run the build tests.
 */
public final class Bench {

	private final BenchOptions options;

	private final Layout layout;

	private final PrintStream log;

	/**
	 * @param options what to run
	 * @param layout where the bench's files are
	 * @param log where progress goes
	 */
	public Bench(BenchOptions options, Layout layout, PrintStream log) {
		this.options = options;
		this.layout = layout;
		this.log = log;
	}

	/** The JVM flags the measuring JVM runs with: a fixed, pre-touched heap, so no run pays for growing it. */
	public static final List<String> JVM_FLAGS = List.of("-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch");

	private static final String CHILD = "migrate.bench.child";

	/**
	 * Runs the benchmark with the options in {@code args}, in a JVM of its own started with
	 * {@link #JVM_FLAGS} (unless this is that JVM already).
	 */
	public static void main(String[] args) throws Exception {
		if (System.getProperty(CHILD) == null) {
			List<String> command = new ArrayList<>();
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			command.addAll(JVM_FLAGS);
			command.addAll(List.of("-D" + CHILD + "=true", "-cp", System.getProperty("java.class.path"),
					Bench.class.getName()));
			command.addAll(List.of(args));
			System.exit(new ProcessBuilder(command).inheritIO().start().waitFor());
		}
		BenchOptions options;
		try {
			options = BenchOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println("error: " + ex.getMessage());
			System.exit(2);
			return;
		}
		Bench bench = new Bench(options, Layout.running(options.cliJar), System.err);
		List<Result> results = bench.run();
		System.out.print(ReportWriter.markdown(results));
		Path output = bench.output();
		ReportWriter.json(results, Environment.describe(bench.layout), output);
		System.err.println("wrote " + output);
	}

	/** @return where the JSON goes */
	public Path output() {
		return (this.options.output != null) ? this.options.output : this.layout.target().resolve("bench-results.json");
	}

	/** @return every result, in the order measured */
	public List<Result> run() throws Exception {
		long start = System.nanoTime();
		List<Result> results = new ArrayList<>();
		Path disk = (this.options.diskFolder != null) ? this.options.diskFolder
				: this.layout.target().resolve("bench-work");
		Path tmpfs = this.options.tmpfsFolder.resolve("migrate-bench-" + ProcessHandle.current().pid());
		List<ToolRunner> tools = List.of(new FloorRunner(), new MigrateRunner(), new FlywayRunner(),
				new LiquibaseRunner());
		ToolSuite suite = new ToolSuite(tools, this.options.repetitions, this.options.noopRuns, this.log);
		try {
			if (this.options.warmup) {
				this.log.println("warming up (not recorded)");
				SqliteTarget warm = new SqliteTarget(tmpfs.resolve("warmup"), "tmpfs");
				// every tool's code compiled by the JIT at both sizes before the first measured run
				for (int size : List.of(100, 1000)) {
					new ToolSuite(tools, 2, 3, this.log).run(warm, Workload.of(size), tmpfs.resolve("warmup-files"), false);
				}
				warm.close();
			}
			for (String name : this.options.targets) {
				if (name.isBlank() || name.equals("none")) {
					continue;
				}
				Target target = target(name, disk, tmpfs);
				if (target == null) {
					continue;
				}
				if (this.options.warmup && target.database().equals("postgresql")) {
					suite.run(target, Workload.of(10), tmpfs.resolve("warmup-files"), false);
				}
				for (int size : this.options.revisions) {
					this.log.printf("%s, %d revisions%n", target, size);
					results.addAll(suite.run(target, Workload.of(size), tmpfs.resolve("files"), true));
				}
				target.close();
			}
			if (this.options.processes) {
				this.log.println("whole processes");
				results.addAll(new ProcessSuite(this.layout, this.options.processRepetitions, this.log)
					.run(Workload.of(this.options.processRevisions), tmpfs));
			}
			if (!this.options.planning.isEmpty()) {
				this.log.println("planning alone");
				results.addAll(new PlanningSuite(this.options.repetitions, this.log).run(this.options.planning));
			}
		}
		finally {
			deleteTree(tmpfs);
			deleteTree(disk);
		}
		this.log.printf("done in %.0f s%n", (System.nanoTime() - start) / 1e9);
		return results;
	}

	private Target target(String name, Path disk, Path tmpfs) throws Exception {
		switch (name) {
			case "sqlite-disk":
				return new SqliteTarget(disk.resolve("sqlite"), "disk");
			case "sqlite-tmpfs":
				if (!Files.isDirectory(this.options.tmpfsFolder)) {
					this.log.println("no " + this.options.tmpfsFolder + ": skipping SQLite on tmpfs");
					return null;
				}
				return new SqliteTarget(tmpfs.resolve("sqlite"), "tmpfs");
			case "postgresql":
				if (!PostgresTarget.reachable(this.options.postgresUrl, this.options.postgresUser,
						this.options.postgresPassword)) {
					this.log.println("no PostgreSQL at " + this.options.postgresUrl + ": skipping it");
					return null;
				}
				return new PostgresTarget(this.options.postgresUrl, this.options.postgresUser,
						this.options.postgresPassword);
			default:
				throw new IllegalArgumentException("unknown target " + name
						+ "; use sqlite-disk, sqlite-tmpfs or postgresql");
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (var paths = Files.walk(root)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}


}
