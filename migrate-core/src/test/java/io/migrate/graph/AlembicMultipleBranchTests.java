package io.migrate.graph;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static io.migrate.graph.Alembic.deps;
import static io.migrate.graph.Alembic.history;
import static io.migrate.graph.Alembic.labels;
import static io.migrate.graph.Alembic.map;
import static io.migrate.graph.Alembic.rev;
import static io.migrate.graph.Alembic.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Alembic tests/test_revision.py MultipleBranchTest and MultipleBranchEffectiveHead. */
class AlembicMultipleBranchTests {

	private final RevisionGraph map = map(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("cb1", "b1"),
			rev("cb2", "b2"), rev("d1cb1", "cb1"), rev("d2cb1", "cb1"), rev("d1cb2", "cb2"), rev("d2cb2", "cb2"),
			rev("d3cb2", "cb2"), rev("d1d2cb2", "d1cb2", "d2cb2"));

	// test_iterate_from_merge_point
	@Test
	void iteratingFromAMergePointVisitsBothParentsBeforeTheirBranchPoint() {
		assertThat(history(this.map, "a:d1d2cb2")).containsExactly("d1d2cb2", "d1cb2", "d2cb2", "cb2", "b2", "a");
	}

	// test_iterate_multiple_heads
	@Test
	void iteratingFromTwoHeadsMeetsAtTheirBranchPoint() {
		assertThat(history(this.map, "a:current", "d2cb2", "d3cb2")).containsExactly("d2cb2", "d3cb2", "cb2", "b2",
				"a");
	}

	// test_iterate_single_branch
	@Test
	void iteratingOneBranchStaysOnIt() {
		assertThat(history(this.map, "a:d3cb2")).containsExactly("d3cb2", "cb2", "b2", "a");
	}

	// test_iterate_single_branch_to_base
	@Test
	void iteratingOneBranchToBaseStaysOnIt() {
		assertThat(history(this.map, "base:d3cb2")).containsExactly("d3cb2", "cb2", "b2", "a");
	}

	// test_iterate_multiple_branch_to_base
	@Test
	void iteratingTwoBranchesToBaseTakesTheFirstLoadedFirst() {
		assertThat(history(this.map, "base:current", "d3cb2", "cb1")).containsExactly("cb1", "b1", "d3cb2", "cb2",
				"b2", "a");
	}

	// test_iterate_multiple_heads_single_base
	@Test
	void headsNotAboveTheLowerBoundAreLeftOut() {
		assertThat(history(this.map, "b2:current", "d1cb1", "d2cb2", "d3cb2")).containsExactly("d2cb2", "d3cb2",
				"cb2", "b2");
	}

	// test_same_branch_wrong_direction
	@Test
	void aRangeGivenTheWrongWayRoundIsRefused() {
		assertThatExceptionOfType(RangeNotAncestorException.class)
			.isThrownBy(() -> history(this.map, "d1cb1:b1"))
			.withMessage("Revision d1cb1 is not an ancestor of revision b1");
	}

	// test_distinct_branches
	@Test
	void aRangeAcrossUnrelatedBranchesIsRefused() {
		assertThatExceptionOfType(RangeNotAncestorException.class)
			.isThrownBy(() -> history(this.map, "b1:d2cb2"))
			.withMessage("Revision b1 is not an ancestor of revision d2cb2");
	}

	// test_wrong_direction_to_base_as_none; test_wrong_direction_to_base_as_empty is the same
	// through our API (an upper bound of () and of None are both "base")
	@Test
	void aRangeFromARevisionDownToBaseIsRefused() {
		assertThatExceptionOfType(RangeNotAncestorException.class)
			.isThrownBy(() -> history(this.map, "d1cb1:base"))
			.withMessage("Revision d1cb1 is not an ancestor of revision base");
	}

	/** MultipleBranchEffectiveHead: y2 depends on x1. */
	@Nested
	class EffectiveHead {

		private final RevisionGraph map = map(labels(rev("y1"), "y"), labels(rev("x1"), "x"),
				deps(rev("y2", "y1"), "x1"), rev("x2", "x1"));

		// test_other_downgrade
		@Test
		void branchMinusOneDowngradesOnlyThatBranchHead() {
			assertThat(Alembic.ids(this.map.planDowngrade("x@-1", rows("x2", "y2")))).containsExactly("x2");
		}

		// test_use_all_current
		@Test
		void branchMinusOneToBaseAlsoDowngradesTheDependents() {
			assertThat(Alembic.ids(this.map.planDowngrade("x@-1", rows("x1", "y2")))).containsExactly("y2", "x1");
		}

		// test_effective_head
		@Test
		void branchMinusOneFindsTheBranchThroughTheImpliedRevisions() {
			assertThat(Alembic.ids(this.map.planDowngrade("x@-1", rows("y2")))).containsExactly("y2", "x1");
		}

	}

}
