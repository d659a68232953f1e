package io.migrate.graph;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static io.migrate.graph.Alembic.assertDowngrade;
import static io.migrate.graph.Alembic.assertUpgrade;
import static io.migrate.graph.Alembic.deps;
import static io.migrate.graph.Alembic.ids;
import static io.migrate.graph.Alembic.labels;
import static io.migrate.graph.Alembic.list;
import static io.migrate.graph.Alembic.map;
import static io.migrate.graph.Alembic.rev;
import static io.migrate.graph.Alembic.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alembic tests/test_version_traversal.py MergedPathTest, ForestTest and
 * BranchedPathTestCrossDependencies.
 */
class AlembicMergedPathTests {

	private final RevisionGraph env = map(rev("a"), rev("b", "a"), rev("c1", "b"), rev("d1", "c1"),
			labels(rev("c2", "b"), "c2branch"), rev("d2", "c2"), rev("e", "d1", "d2"), rev("f", "e"));

	private List<RowChange> singleStamp(String destination, String... rows) {
		Plan plan = this.env.planStamp(List.of(destination), rows(rows), false);
		assertThat(plan.steps()).hasSize(1);
		return plan.steps().get(0).rowChanges();
	}

	@Test
	void stampDownAcrossTheMergeToOneBranchUpdatesTheRow() {
		assertThat(singleStamp("c2", "e")).containsExactly(RowChange.update("e", "c2"));
	}

	@Test
	void stampDownAcrossTheMergeBelowTheBranchingUpdatesTheRow() {
		assertThat(singleStamp("a", "e")).containsExactly(RowChange.update("e", "a"));
	}

	@Test
	void stampUpAcrossTheMergeFromOneBranchUpdatesTheRow() {
		assertThat(singleStamp("e", "c2")).containsExactly(RowChange.update("c2", "e"));
	}

	// filter_for_lineage finds d1 both through c2branch and through the head f
	@Test
	void stampToALabelledHeadAcrossTheMergeCollapsesBothBranches() {
		assertThat(singleStamp("c2branch@head", "d1", "c2")).containsExactly(RowChange.delete("d1"),
				RowChange.update("c2", "f"));
	}

	@Test
	void stampUpAcrossTheMergeFromBothBranchesCollapsesThem() {
		assertThat(singleStamp("e", "d1", "c2")).containsExactly(RowChange.delete("d1"), RowChange.update("c2", "e"));
	}

	@Test
	void stampUpAcrossTheMergeFromBelowTheBranchingUpdatesTheRow() {
		assertThat(singleStamp("e", "b")).containsExactly(RowChange.update("b", "e"));
	}

	@Test
	void upgradeAcrossTheMergeRunsTheLastLoadedBranchFirstThenMerges() {
		Plan plan = assertUpgrade(this.env, "f", rows("b"), list("c2", "d2", "c1", "d1", "e", "f"), "f");
		assertThat(plan.steps().get(2).rowChanges()).containsExactly(RowChange.insert("c1"));
		// Alembic merges the parents in declared order when no other row exists: DELETE d1, UPDATE d2
		assertThat(plan.steps().get(4).rowChanges()).containsExactly(RowChange.delete("d1"), RowChange.update("d2", "e"));
	}

	@Test
	void downgradeAcrossTheMergeUnmergesThenRunsTheFirstLoadedBranchFirst() {
		Plan plan = assertDowngrade(this.env, "b", rows("f"), list("f", "e", "d1", "c1", "d2", "c2"), "b");
		// Alembic picks from a set which parent keeps the row; we insert all but the last declared one
		assertThat(plan.steps().get(1).rowsAfter()).containsExactly("d1", "d2");
		// c1 -> b: b is implied by d2, so c1's row is deleted ("c2->b, delete branch" in Alembic's
		// comment is the other order's view); the last branch down then updates c2 to b
		assertThat(plan.steps().get(3).rowChanges()).containsExactly(RowChange.delete("c1"));
		assertThat(plan.steps().get(5).rowChanges()).containsExactly(RowChange.update("c2", "b"));
	}

	/** ForestTest: two unrelated trees. */
	@Nested
	class Forest {

		private final RevisionGraph env = map(rev("a1"), rev("b1", "a1"), rev("a2"), rev("b2", "a2"));

		@Test
		void upgradeFromBaseToHeadsRunsTheLastLoadedTreeFirst() {
			assertThat(ids(this.env.planUpgrade("heads", rows()))).containsExactly("a2", "b2", "a1", "b1");
		}

		@Test
		void stampToHeadsInsertsBothHeads() {
			Plan plan = this.env.planStamp(List.of("heads"), rows(), false);
			assertThat(plan.steps()).extracting(Step::revision).containsExactlyInAnyOrder("b1", "b2");
		}

		@Test
		void stampToHeadsAtTheHeadsDoesNothing() {
			assertThat(this.env.planStamp(List.of("heads"), rows("b1", "b2"), false).steps()).isEmpty();
		}

	}

	/** BranchedPathTestCrossDependencies: d2 (on c2branch) depends on c1 (c1branch). */
	@Nested
	class BranchedPathCrossDependencies {

		private final RevisionGraph env = map(rev("a"), rev("b", "a"), labels(rev("c1", "b"), "c1branch"),
				rev("d1", "c1"), labels(rev("c2", "b"), "c2branch"), deps(rev("d2", "c2"), "c1"));

		@Test
		void theDependentBranchCanBeDowngradedOnItsOwn() {
			assertDowngrade(this.env, "c2branch@b", rows("d1", "d2"), list("d2", "c2"), "d1");
		}

		// Alembic only checks the partial order (d1 and d2 before c1); we check our exact order
		@Test
		void downgradingTheDependencyBranchAlsoDowngradesTheDependent() {
			Plan plan = this.env.planDowngrade("c1branch@b", rows("d1", "d2"));
			List<String> order = ids(plan);
			assertThat(order).containsExactlyInAnyOrder("c1", "d1", "d2");
			assertThat(order.indexOf("d1")).isLessThan(order.indexOf("c1"));
			assertThat(order.indexOf("d2")).isLessThan(order.indexOf("c1"));
			assertThat(order).containsExactly("d1", "d2", "c1");
			assertThat(plan.rowsAfter()).containsExactly("c2");
		}

	}

}
