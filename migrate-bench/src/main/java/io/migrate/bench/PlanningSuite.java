package io.migrate.bench;

import io.migrate.graph.Plan;
import io.migrate.graph.Revision;
import io.migrate.graph.RevisionGraph;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Planning alone, no database: builds generated graphs with branches and merges, resolves
 * {@code heads} and plans base to heads, and times each part.
 */
public final class PlanningSuite {

	private final int repetitions;

	private final PrintStream log;

	/**
	 * @param repetitions how many timings per size
	 * @param log where progress goes
	 */
	public PlanningSuite(int repetitions, PrintStream log) {
		this.repetitions = repetitions;
		this.log = log;
	}

	/**
	 * A graph of about {@code size} revisions: a trunk of blocks, each a branch point with three
	 * branches of up to three revisions merged back in one merge revision, some revisions depending
	 * on others across blocks; and two branches left open at the end, so there are two heads.
	 * @return the revisions in load order
	 */
	public static List<Revision> graph(int size) {
		List<Revision> revisions = new ArrayList<>(size + 16);
		revisions.add(Revision.of("t0"));
		String trunk = "t0";
		for (int block = 0; revisions.size() < size - 2; block++) {
			List<String> tips = new ArrayList<>(3);
			for (int branch = 0; branch < 3; branch++) {
				String tip = trunk;
				for (int i = 0; i <= branch; i++) {
					String id = "b" + block + "x" + branch + "y" + i;
					revisions.add(Revision.of(id, tip));
					tip = id;
				}
				tips.add(tip);
			}
			String merge = "m" + block;
			Revision revision = Revision.of(merge, tips.toArray(String[]::new));
			if (block > 0 && block % 10 == 0) {
				revision = revision.withDependsOn(List.of("b" + (block - 5) + "x2y2"));
			}
			revisions.add(revision);
			trunk = merge;
		}
		revisions.add(Revision.of("headA", trunk));
		revisions.add(Revision.of("headB", trunk));
		return revisions;
	}

	/** @return per size: building the graph, resolving {@code heads}, planning base to heads, and the three together */
	public List<Result> run(List<Integer> sizes) {
		// warm up on the largest size first, so the first size is not measured cold
		int largest = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
		measure(graph(largest), 2);
		List<Result> results = new ArrayList<>();
		for (int size : sizes) {
			List<Revision> revisions = graph(size);
			this.log.printf("  planning over %d revisions%n", revisions.size());
			Samples[] samples = measure(revisions, this.repetitions);
			String[] names = { "plan-build-graph", "plan-resolve-heads", "plan-base-to-heads", "plan-total" };
			for (int i = 0; i < names.length; i++) {
				results.add(Result.of("migrate", "none", "memory", revisions.size(), names[i], samples[i], null, null,
						null, (i == 3) ? "RevisionGraph.of + resolve(\"heads\") + planUpgrade(\"heads\", base)" : null));
			}
		}
		return results;
	}

	private static Samples[] measure(List<Revision> revisions, int repetitions) {
		Samples[] samples = { new Samples(), new Samples(), new Samples(), new Samples() };
		for (int rep = 0; rep < repetitions; rep++) {
			System.gc();
			long start = System.nanoTime();
			RevisionGraph graph = RevisionGraph.of(revisions);
			long built = System.nanoTime();
			List<String> heads = graph.resolve("heads");
			long resolved = System.nanoTime();
			Plan plan = graph.planUpgrade("heads", List.of());
			long planned = System.nanoTime();
			ToolRunner.check(heads.size() == 2, "expected two heads, got " + heads);
			ToolRunner.check(plan.steps().size() == revisions.size(), "the plan misses revisions");
			samples[0].add((built - start) / 1e6);
			samples[1].add((resolved - built) / 1e6);
			samples[2].add((planned - resolved) / 1e6);
			samples[3].add((planned - start) / 1e6);
		}
		return samples;
	}

}
