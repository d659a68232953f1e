package io.migrate.graph;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScaleTests {

	@Test
	void longLinearChainIsPlannedFromBaseToHead() {
		List<Revision> revisions = new ArrayList<>();
		revisions.add(Revision.of("r0"));
		for (int i = 1; i < 100_000; i++) {
			revisions.add(Revision.of("r" + i, "r" + (i - 1)));
		}
		RevisionGraph graph = RevisionGraph.of(revisions);
		assertThat(graph.planUpgrade("head", List.of()).steps()).hasSize(100_000);
		assertThat(graph.planDowngrade("base", List.of("r99999")).steps()).hasSize(100_000);
	}

	@Test
	void branchyGraphIsPlannedFromBaseToHead() {
		List<Revision> revisions = new ArrayList<>();
		revisions.add(Revision.of("t0"));
		String trunk = "t0";
		int count = 1;
		for (int block = 0; count < 10_000; block++) {
			// a diamond with two three-long branches, merged back into the trunk
			String left = trunk;
			String right = trunk;
			for (int i = 0; i < 3; i++) {
				revisions.add(Revision.of("l" + block + "x" + i, left));
				left = "l" + block + "x" + i;
				revisions.add(Revision.of("r" + block + "x" + i, right));
				right = "r" + block + "x" + i;
				count += 2;
			}
			trunk = "m" + block;
			revisions.add(Revision.of(trunk, left, right));
			count++;
		}
		RevisionGraph graph = RevisionGraph.of(revisions);
		Plan plan = graph.planUpgrade("head", List.of());
		assertThat(plan.steps()).hasSize(revisions.size());
		assertThat(plan.rowsAfter()).containsExactly(trunk);
	}

}
