package io.migrate.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small inline graphs for the tests, mostly Alembic's own fixtures. */
final class Graphs {

	private Graphs() {
	}

	static Revision rev(String id, String... parents) {
		return Revision.of(id, parents);
	}

	static Revision labelled(String id, String label, String... parents) {
		return Revision.of(id, parents).withBranchLabels(List.of(label));
	}

	static Revision dependent(Revision revision, String... dependsOn) {
		return revision.withDependsOn(Arrays.asList(dependsOn));
	}

	static RevisionGraph graph(Revision... revisions) {
		return RevisionGraph.of(List.of(revisions));
	}

	/** a - b - c - d - e. */
	static RevisionGraph linear() {
		return graph(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "c"), rev("e", "d"));
	}

	/** Alembic's BranchedPathTest: a - b - (c1 - d1, c2 - d2), labels c1branch and c2branch. */
	static RevisionGraph branched() {
		return graph(rev("a"), rev("b", "a"), labelled("c1", "c1branch", "b"), labelled("c2", "c2branch", "b"),
				rev("d1", "c1"), rev("d2", "c2"));
	}

	/** Alembic's MergedPathTest: a - b - (c1 - d1, c2 - d2) - e - f. */
	static RevisionGraph merged() {
		return graph(rev("a"), rev("b", "a"), rev("c1", "b"), rev("c2", "b"), rev("d1", "c1"), rev("d2", "c2"),
				rev("e", "d1", "d2"), rev("f", "e"));
	}

	static List<String> order(Plan plan) {
		List<String> ids = new ArrayList<>();
		for (Step step : plan.steps()) {
			ids.add(step.revision());
		}
		return ids;
	}

	static List<String> rows(String... rows) {
		return List.of(rows);
	}

}
