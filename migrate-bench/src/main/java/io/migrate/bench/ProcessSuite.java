package io.migrate.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whole processes doing (b), nothing to do at head, on SQLite: wall time and peak RSS of our CLI
 * beside a plain-JDBC process reading the version row and Flyway's and Liquibase's minimal
 * equivalents, alternating A B C D per repetition, once with the JVM's defaults and once with
 * flags for short-lived tools.
 */
public final class ProcessSuite {

	/**
	 * JVM flags for a short command-line run: C1 only with one compiler thread, the serial
	 * collector, a small young generation (it is all touched before the first collection).
	 */
	public static final List<String> SHORT_RUN_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1",
			"-XX:+UseSerialGC", "-Xmn4m", "-Xmx64m", "-XX:ReservedCodeCacheSize=16m", "-Xss512k");

	private final Layout layout;

	private final int repetitions;

	private final PrintStream log;

	/**
	 * @param layout where the bench's classes, its libraries and the CLI jar are
	 * @param repetitions how many runs per tool and flag set
	 * @param log where progress goes
	 */
	public ProcessSuite(Layout layout, int repetitions, PrintStream log) {
		this.layout = layout;
		this.repetitions = repetitions;
		this.log = log;
	}

	/** One tool as a process. */
	private record Command(String tool, List<String> classpathAndMain, SqliteTarget target) {
	}

	/**
	 * @param workload the revisions
	 * @param tmpfs a folder on tmpfs for the databases and files
	 * @return per tool and flag set, the wall time (and peak RSS where {@code /usr/bin/time} is installed)
	 */
	public List<Result> run(Workload workload, Path tmpfs) throws Exception {
		List<Command> commands = new ArrayList<>();
		String size = String.valueOf(workload.size());
		FloorRunner floor = new FloorRunner();
		SqliteTarget floorDb = atHead(floor, workload, tmpfs);
		commands.add(new Command("floor", List.of("-cp", this.layout.classpath("sqlite-jdbc"),
				"io.migrate.bench.process.PlainJdbcMain", floorDb.url(), size), floorDb));
		Path cli = this.layout.cliJar();
		String cliNote = null;
		if (Files.isRegularFile(cli)) {
			MigrateRunner migrate = new MigrateRunner();
			SqliteTarget db = atHead(migrate, workload, tmpfs);
			commands.add(new Command("migrate", List.of("-jar", cli.toString(), "--url", db.url(), "--location",
					tmpfs.resolve("proc-migrate").toString(), "upgrade", "head"), db));
		}
		else {
			cliNote = "no " + cli + ": build it with `mvn -B -q -pl migrate-cli -am package -DskipTests`";
			this.log.println("  " + cliNote);
		}
		FlywayRunner flyway = new FlywayRunner();
		SqliteTarget flywayDb = atHead(flyway, workload, tmpfs);
		commands.add(new Command("flyway", List.of("-cp", this.layout.classpath("flyway-core", "sqlite-jdbc"),
				"io.migrate.bench.process.FlywayMain", flywayDb.url(), tmpfs.resolve("proc-flyway").toString()),
				flywayDb));
		LiquibaseRunner liquibase = new LiquibaseRunner();
		SqliteTarget liquibaseDb = atHead(liquibase, workload, tmpfs);
		commands.add(new Command("liquibase", List.of("-cp",
				this.layout.classpath("liquibase-core", "snakeyaml", "commons-", "opencsv", "jaxb-api", "sqlite-jdbc"),
				"io.migrate.bench.process.LiquibaseMain", liquibaseDb.url(), tmpfs.resolve("proc-liquibase").toString()),
				liquibaseDb));

		List<Result> results = new ArrayList<>();
		boolean rss = Files.isExecutable(Path.of("/usr/bin/time"));
		if (!rss) {
			this.log.println("  /usr/bin/time is missing: no peak RSS; install it with `apt-get install time`");
		}
		Map<String, List<String>> flagSets = new LinkedHashMap<>();
		flagSets.put("process-noop", List.of());
		flagSets.put("process-noop-short-run-flags", SHORT_RUN_FLAGS);
		flagSets.put("process-noop-short-run-flags-appcds", SHORT_RUN_FLAGS);
		for (Map.Entry<String, List<String>> flags : flagSets.entrySet()) {
			boolean appCds = flags.getKey().endsWith("-appcds");
			Map<String, Samples> wall = new LinkedHashMap<>();
			Map<String, Samples> peak = new LinkedHashMap<>();
			Map<String, List<String>> toolFlags = new LinkedHashMap<>();
			for (Command command : commands) {
				wall.put(command.tool(), new Samples());
				peak.put(command.tool(), new Samples());
				List<String> mine = new ArrayList<>(flags.getValue());
				List<String> first = new ArrayList<>(mine);
				if (appCds) {
					// a training run writes the tool's class-data archive; the measured runs map it
					Path archive = tmpfs.resolve("cds-" + command.tool() + ".jsa");
					first.add("-XX:ArchiveClassesAtExit=" + archive);
					mine.add("-XX:SharedArchiveFile=" + archive);
				}
				run(command, first, rss, tmpfs); // warms the page cache, unmeasured
				toolFlags.put(command.tool(), mine);
			}
			for (int rep = 0; rep < this.repetitions; rep++) {
				this.log.printf("  processes (%s), repetition %d of %d%n", flags.getKey(), rep + 1, this.repetitions);
				for (Command command : commands) {
					double[] measured = run(command, toolFlags.get(command.tool()), rss, tmpfs);
					wall.get(command.tool()).add(measured[0]);
					if (rss) {
						peak.get(command.tool()).add(measured[1]);
					}
				}
			}
			String note = flags.getValue().isEmpty() ? "java with the JVM's defaults"
					: "java " + String.join(" ", flags.getValue())
							+ (appCds ? " -XX:SharedArchiveFile=<the tool's own archive from a training run>" : "");
			for (Command command : commands) {
				Samples mine = wall.get(command.tool());
				Samples memory = peak.get(command.tool());
				Map<String, Double> rssMiB = memory.isEmpty() ? null
						: Map.of("median", memory.median(), "min", memory.min(), "max", memory.max());
				results.add(Result.of(command.tool(), "sqlite", "tmpfs", workload.size(), flags.getKey(), mine,
						wall.get("floor"), wall.get("migrate"), rssMiB, note));
			}
			if (cliNote != null) {
				results.add(new Result("migrate", "sqlite", "tmpfs", workload.size(), flags.getKey(), null, null, null,
						null, null, null, cliNote));
			}
		}
		for (Command command : commands) {
			command.target().close();
		}
		return results;
	}

	private static SqliteTarget atHead(ToolRunner tool, Workload workload, Path tmpfs) throws Exception {
		tool.prepare(workload, tmpfs.resolve("proc-" + tool.name()));
		SqliteTarget target = new SqliteTarget(tmpfs.resolve("proc-" + tool.name() + "-db"), "tmpfs");
		target.reset();
		tool.upgrade(target);
		return target;
	}

	/** @return the wall time in ms and the peak RSS in MiB (0 when not measured) */
	private double[] run(Command command, List<String> flags, boolean rss, Path tmpfs)
			throws IOException, InterruptedException {
		Path timeFile = tmpfs.resolve("time-" + command.tool() + ".txt");
		List<String> line = new ArrayList<>();
		if (rss) {
			line.addAll(List.of("/usr/bin/time", "-v", "-o", timeFile.toString()));
		}
		line.add(this.layout.java().toString());
		line.addAll(flags);
		line.addAll(command.classpathAndMain());
		Path output = tmpfs.resolve("out-" + command.tool() + ".txt");
		ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile());
		long start = System.nanoTime();
		Process process = builder.start();
		int status = process.waitFor();
		double millis = (System.nanoTime() - start) / 1e6;
		if (status != 0) {
			throw new IllegalStateException(command.tool() + " exited with " + status + ": " + String.join(" ", line)
					+ "\n" + Files.readString(output));
		}
		double peakMiB = rss ? peakRss(Files.readString(timeFile)) : 0;
		return new double[] { millis, peakMiB };
	}

	private static double peakRss(String timeOutput) {
		for (String line : timeOutput.split("\n")) {
			String trimmed = line.trim();
			if (trimmed.startsWith("Maximum resident set size (kbytes):")) {
				return Long.parseLong(trimmed.substring(trimmed.indexOf(':') + 1).trim()) / 1024.0;
			}
		}
		throw new IllegalStateException("no peak RSS in /usr/bin/time's output:\n" + timeOutput);
	}

}
