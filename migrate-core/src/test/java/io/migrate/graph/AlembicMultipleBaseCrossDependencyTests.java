package io.migrate.graph;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static io.migrate.graph.Alembic.deps;
import static io.migrate.graph.Alembic.history;
import static io.migrate.graph.Alembic.ids;
import static io.migrate.graph.Alembic.labels;
import static io.migrate.graph.Alembic.map;
import static io.migrate.graph.Alembic.rev;
import static io.migrate.graph.Alembic.rows;
import static io.migrate.graph.Alembic.upgradeIteration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Alembic tests/test_revision.py MultipleBaseCrossDependencyTestOne, -Two and -Three. The
 * {@code select_for_downgrade=True} cases are our downgrade from the rows the upper bound names.
 */
class AlembicMultipleBaseCrossDependencyTests {

	/** MultipleBaseCrossDependencyTestOne. */
	@Nested
	class One {

		private final RevisionGraph map = map(labels(rev("base1"), "b_1"), rev("a1a", "base1"), rev("a1b", "base1"),
				rev("b1a", "a1a"), deps(rev("b1b", "a1b"), "a3"), labels(rev("base2"), "b_2"), rev("a2", "base2"),
				rev("b2", "a2"), deps(rev("c2", "b2"), "a3"), rev("d2", "c2"), labels(rev("base3"), "b_3"),
				rev("a3", "base3"), rev("b3", "a3"));

		private static final String[] HEADS = { "b1a", "b1b", "d2", "b3" };

		// test_what_are_the_heads
		@Test
		void theHeadsAreListedInLoadOrder() {
			assertThat(this.map.heads()).containsExactly(HEADS);
		}

		// test_heads_to_base
		@Test
		void headsToBaseVisitsEachTreeWithItsDependencies() {
			assertThat(history(this.map, "base:heads")).containsExactly("b1a", "a1a", "b1b", "a1b", "base1", "d2",
					"c2", "b2", "a2", "base2", "b3", "a3", "base3");
		}

		// test_heads_to_base_downgrade
		@Test
		void downgradingEverythingToBaseTakesTheTreesInLoadOrder() {
			Plan plan = this.map.planDowngrade("base", rows(HEADS));
			assertThat(ids(plan)).containsExactly("b1a", "a1a", "b1b", "a1b", "base1", "d2", "c2", "b2", "a2", "base2",
					"b3", "a3", "base3");
			assertThat(plan.rowsAfter()).isEmpty();
		}

		// test_same_branch_wrong_direction
		@Test
		void aRangeGivenTheWrongWayRoundIsRefused() {
			assertThatExceptionOfType(RangeNotAncestorException.class).isThrownBy(() -> history(this.map, "d2:b2"))
				.withMessage("Revision d2 is not an ancestor of revision b2");
		}

		// test_different_branch_not_wrong_direction
		@Test
		void aRangeBetweenDifferentTreesIsRefused() {
			assertThatExceptionOfType(RangeNotAncestorException.class).isThrownBy(() -> history(this.map, "d2:b3"))
				.withMessage("Revision d2 is not an ancestor of revision b3");
		}

		// test_we_need_head2_upgrade
		@Test
		void upgradingTheSecondTreeAlsoNeedsTheThirdTreeItDependsOn() {
			assertThat(history(this.map, "base:b_2@head")).containsExactly("d2", "c2", "b2", "a2", "base2", "a3",
					"base3");
			assertThat(upgradeIteration(this.map, "b_2@head")).containsExactly("d2", "c2", "b2", "a2", "base2", "a3",
					"base3");
		}

		// test_we_need_head2_downgrade
		@Test
		void downgradingTheSecondTreeLeavesTheThirdTreeAlone() {
			assertThat(ids(this.map.planDowngrade("b_2@base", rows("d2")))).containsExactly("d2", "c2", "b2", "a2",
					"base2");
		}

		// test_we_need_head3_upgrade
		@Test
		void theThirdTreeCanBeUpgradedAlone() {
			assertThat(history(this.map, "base:b_3@head")).containsExactly("b3", "a3", "base3");
		}

		// test_we_need_head3_downgrade
		@Test
		void theThirdTreeCanBeDowngradedAlone() {
			assertThat(ids(this.map.planDowngrade("base", rows("b3")))).containsExactly("b3", "a3", "base3");
		}

		// test_we_need_head1_upgrade
		@Test
		void upgradingOneBranchOfTheFirstTreeAlsoNeedsItsDependency() {
			assertThat(history(this.map, "base:b1b@head")).containsExactly("b1b", "a1b", "base1", "a3", "base3");
		}

		// test_we_need_head1_downgrade
		@Test
		void downgradingOneBranchOfTheFirstTreeLeavesItsDependencyAlone() {
			assertThat(ids(this.map.planDowngrade("b1b@base", rows("b1b")))).containsExactly("b1b", "a1b", "base1");
		}

		// test_we_need_base2_upgrade
		@Test
		void iteratingFromTheSecondTreeBaseIncludesItsDependencies() {
			assertThat(history(this.map, "b_2@base:heads")).containsExactly("d2", "c2", "b2", "a2", "base2", "a3",
					"base3");
		}

		// test_we_need_base2_downgrade
		@Test
		void downgradingTheSecondTreeToItsBaseRunsOnlyTheSecondTree() {
			assertThat(ids(this.map.planDowngrade("b_2@base", rows(HEADS)))).containsExactly("d2", "c2", "b2", "a2",
					"base2");
		}

		// test_we_need_base3_upgrade
		@Test
		void iteratingFromTheThirdTreeBaseNeedsNothingElse() {
			assertThat(history(this.map, "b_3@base:heads")).containsExactly("b3", "a3", "base3");
		}

		// test_we_need_base3_downgrade
		@Test
		void downgradingTheThirdTreeToItsBaseFirstDowngradesItsDependents() {
			assertThat(ids(this.map.planDowngrade("b_3@base", rows(HEADS)))).containsExactly("b1b", "d2", "c2", "b3",
					"a3", "base3");
		}

	}

	/** MultipleBaseCrossDependencyTestTwo: base2 depends on the label b_1, c3 on b2. */
	@Nested
	class Two {

		private final RevisionGraph map = map(labels(rev("base1"), "b_1"), rev("a1", "base1"), rev("b1", "a1"),
				rev("c1", "b1"), labels(deps(rev("base2"), "b_1"), "b_2"), rev("a2", "base2"), rev("b2", "a2"),
				rev("c2", "b2"), rev("d2", "c2"), labels(rev("base3"), "b_3"), rev("a3", "base3"), rev("b3", "a3"),
				deps(rev("c3", "b3"), "b2"), rev("d3", "c3"));

		// test_what_are_the_heads
		@Test
		void theHeadsAreListedInLoadOrder() {
			assertThat(this.map.heads()).containsExactly("c1", "d2", "d3");
		}

		// test_heads_to_base
		@Test
		void headsToBaseVisitsDependenciesBeforeWhatTheyDependOn() {
			assertThat(history(this.map, "base:heads")).containsExactly("c1", "b1", "a1", "d2", "c2", "d3", "c3", "b3",
					"a3", "base3", "b2", "a2", "base2", "base1");
		}

		// test_we_need_head2
		@Test
		void theSecondTreeNeedsTheFirstTreeBase() {
			assertThat(history(this.map, "base:b_2@head")).containsExactly("d2", "c2", "b2", "a2", "base2", "base1");
		}

		// test_we_need_head3
		@Test
		void theThirdTreeNeedsPartOfTheSecondAndTheFirstTreeBase() {
			assertThat(history(this.map, "base:b_3@head")).containsExactly("d3", "c3", "b3", "a3", "base3", "b2", "a2",
					"base2", "base1");
		}

		// test_we_need_head1
		@Test
		void theFirstTreeNeedsNothingElse() {
			assertThat(history(this.map, "base:b_1@head")).containsExactly("c1", "b1", "a1", "base1");
		}

		// test_we_need_base1
		@Test
		void iteratingFromTheFirstTreeBaseCoversTheFirstTree() {
			assertThat(history(this.map, "b_1@base:heads")).containsExactly("c1", "b1", "a1", "base1");
		}

		// test_we_need_base2
		@Test
		void iteratingFromTheSecondTreeBaseAddsTheFirstTreeBase() {
			assertThat(history(this.map, "b_2@base:heads")).containsExactly("d2", "c2", "b2", "a2", "base2", "base1");
		}

		// test_we_need_base3
		@Test
		void iteratingFromTheThirdTreeBaseAddsEverythingItDependsOn() {
			assertThat(history(this.map, "b_3@base:heads")).containsExactly("d3", "c3", "b3", "a3", "base3", "b2", "a2",
					"base2", "base1");
		}

	}

	/** MultipleBaseCrossDependencyTestThree. */
	@Nested
	class Three {

		// test_traverse_no_parent_but_a_dep
		@Test
		void aBaseWithOnlyADependencyIsVisitedBeforeItsDependency() {
			RevisionGraph map = map(rev("base1"), rev("a1", "base1"), rev("b1", "a1"), deps(rev("c2"), "a1"),
					rev("c3", "c2"));
			assertThat(history(map, "base:heads")).containsExactly("b1", "c3", "c2", "a1", "base1");
		}

	}

}
