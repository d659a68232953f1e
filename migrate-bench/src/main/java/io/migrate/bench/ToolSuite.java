package io.migrate.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures every tool on one target at one size, alternating the tools within each repetition
 * (A B C D, A B C D, ...): each repetition starts from an empty database, applies all revisions
 * (a), runs the tool at head (b), and reverts all revisions (c).
 */
public final class ToolSuite {

	/** The measures, in report order. */
	public static final List<String> MEASURES = List.of("apply", "noop", "downgrade");

	private final List<ToolRunner> tools;

	private final int repetitions;

	private final int noopRuns;

	private final PrintStream log;

	/**
	 * @param tools the tools, the floor first
	 * @param repetitions how many repetitions
	 * @param noopRuns how many runs at head per repetition
	 * @param log where progress goes
	 */
	public ToolSuite(List<ToolRunner> tools, int repetitions, int noopRuns, PrintStream log) {
		this.tools = tools;
		this.repetitions = repetitions;
		this.noopRuns = noopRuns;
		this.log = log;
	}

	/**
	 * @param target the database
	 * @param workload the revisions
	 * @param folder where each tool's files are written
	 * @param record whether to keep the results (false for a warm-up)
	 * @return one result per tool and measure
	 */
	public List<Result> run(Target target, Workload workload, Path folder, boolean record) throws Exception {
		for (ToolRunner tool : this.tools) {
			tool.prepare(workload, folder.resolve(tool.name() + "-" + workload.size()));
		}
		Map<String, Map<String, Samples>> samples = new LinkedHashMap<>();
		for (ToolRunner tool : this.tools) {
			Map<String, Samples> byMeasure = new LinkedHashMap<>();
			MEASURES.forEach((measure) -> byMeasure.put(measure, new Samples()));
			samples.put(tool.name(), byMeasure);
		}
		int tables = (workload.size() + 9) / 10;
		for (int rep = 0; rep < this.repetitions; rep++) {
			this.log.printf("  %s, %d revisions, repetition %d of %d%n", target, workload.size(), rep + 1,
					this.repetitions);
			for (ToolRunner tool : this.tools) {
				Map<String, Samples> mine = samples.get(tool.name());
				target.reset();
				mine.get("apply").add(time(() -> tool.upgrade(target)));
				ToolRunner.check(target.workloadTables() == tables, tool.name() + " left the wrong tables after apply");
				for (int run = 0; run < this.noopRuns; run++) {
					mine.get("noop").add(time(() -> tool.noop(target)));
				}
				if (tool.canDowngrade()) {
					mine.get("downgrade").add(time(() -> tool.downgrade(target)));
					ToolRunner.check(target.workloadTables() == 0, tool.name() + " left tables after downgrade");
				}
			}
		}
		target.reset();
		return record ? results(target, workload.size(), samples) : List.of();
	}

	private List<Result> results(Target target, int size, Map<String, Map<String, Samples>> samples) {
		List<Result> results = new ArrayList<>();
		for (String measure : MEASURES) {
			Samples floor = samples.containsKey("floor") ? samples.get("floor").get(measure) : null;
			Samples migrate = samples.containsKey("migrate") ? samples.get("migrate").get(measure) : null;
			for (ToolRunner tool : this.tools) {
				Samples mine = samples.get(tool.name()).get(measure);
				if (mine.isEmpty()) {
					results.add(Result.unsupported(tool.name(), target, size, measure,
							"not supported: Flyway's free (community) edition has no undo migrations"));
				}
				else {
					results.add(Result.of(tool.name(), target, size, measure, mine, floor, migrate));
				}
			}
		}
		return results;
	}

	/** Something to time. */
	@FunctionalInterface
	interface Action {

		void run() throws Exception;

	}

	/** @return how long {@code action} took, in milliseconds, after a collection outside the timing */
	static double time(Action action) throws Exception {
		System.gc();
		long start = System.nanoTime();
		action.run();
		return (System.nanoTime() - start) / 1e6;
	}

}
