package io.migrate.graph;

import org.junit.jupiter.api.Test;

import static io.migrate.graph.Alembic.history;
import static io.migrate.graph.Alembic.map;
import static io.migrate.graph.Alembic.rev;
import static io.migrate.graph.Alembic.upgradeIteration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Alembic tests/test_revision.py BranchTravellingTest: depth-first along branches, every branch
 * finished at its branch point before going on below it.
 */
class AlembicBranchTravellingTests {

	private final RevisionGraph map = map(rev("a1"), rev("a2", "a1"), rev("a3", "a2"), rev("b1", "a3"),
			rev("b2", "a3"), rev("cb1", "b1"), rev("cb2", "b2"), rev("db1", "cb1"), rev("db2", "cb2"),
			rev("e1b1", "db1"), rev("fe1b1", "e1b1"), rev("e2b1", "db1"), rev("e2b2", "db2"),
			rev("merge", "e2b1", "e2b2"));

	// test_iterate_one_branch_both_to_merge (implicit_base=True, inclusive=True): our upgrade is
	// Alembic's iteration without the lower bound itself (inclusive=False), so db1 is absent
	@Test
	void upgradingToAMergeFillsInTheOtherBranchFromBase() {
		assertThat(upgradeIteration(this.map, "merge", "db1")).containsExactly("merge", "e2b1", "e2b2", "db2", "cb2",
				"b2");
	}

	// test_three_branches_end_in_single_branch
	@Test
	void threeBranchesEndInASingleBranch() {
		assertThat(history(this.map, "a3:heads")).containsExactly("fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1",
				"b1", "e2b2", "db2", "cb2", "b2", "a3");
	}

	// test_two_branches_to_root
	@Test
	void twoBranchesTerminateAtTheirBranchPointBeforeGoingToTheRoot() {
		assertThat(history(this.map, "a1:merge")).containsExactly("merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2",
				"cb2", "b2", "a3", "a2", "a1");
	}

	// test_two_branches_end_in_branch
	@Test
	void aLowerBoundOnOneBranchKeepsOnlyThatBranch() {
		assertThat(history(this.map, "b1:merge")).containsExactly("merge", "e2b1", "db1", "cb1", "b1");
	}

	// test_two_branches_end_behind_branch
	@Test
	void twoBranchesEndBehindTheirBranchPoint() {
		assertThat(history(this.map, "a2:merge")).containsExactly("merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2",
				"cb2", "b2", "a3", "a2");
	}

	// test_three_branches_to_root
	@Test
	void threeBranchesToTheRoot() {
		assertThat(history(this.map, "a1:heads")).containsExactly("fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1",
				"b1", "e2b2", "db2", "cb2", "b2", "a3", "a2", "a1");
	}

	// test_three_branches_end_multiple_bases
	@Test
	void threeBranchesEndAtSeveralLowerBounds() {
		assertThat(history(this.map, "current:heads", "cb1", "cb2")).containsExactly("fe1b1", "e1b1", "merge",
				"e2b1", "db1", "cb1", "e2b2", "db2", "cb2");
	}

	// test_three_branches_end_multiple_bases_exclusive (inclusive=False): the same set without
	// the lower bounds, which is what an upgrade from those rows runs (in reverse)
	@Test
	void threeBranchesAboveSeveralRowsWithoutTheRows() {
		assertThat(upgradeIteration(this.map, "heads", "cb1", "cb2")).containsExactly("fe1b1", "e1b1", "merge",
				"e2b1", "db1", "e2b2", "db2");
	}

	// test_detect_invalid_head_selection
	@Test
	void anUpperBoundThatIsAnAncestorOfAnotherIsRefused() {
		assertThatExceptionOfType(RevisionException.class)
			.isThrownBy(() -> history(this.map, "base:current", "db1", "b2", "fe1b1"))
			.withMessageStartingWith("Requested revision fe1b1 overlaps with other requested revisions");
	}

	// test_three_branches_end_multiple_bases_exclusive_blank
	@Test
	void severalUpperBoundsToBaseAreVisitedInLoadOrder() {
		assertThat(history(this.map, "base:current", "e2b1", "b2", "fe1b1")).containsExactly("b2", "fe1b1", "e1b1",
				"e2b1", "db1", "cb1", "b1", "a3", "a2", "a1");
	}

	// test_iterate_to_symbolic_base
	@Test
	void iteratingToSymbolicBase() {
		assertThat(history(this.map, "base:fe1b1")).containsExactly("fe1b1", "e1b1", "db1", "cb1", "b1", "a3", "a2",
				"a1");
	}

	// test_ancestor_nodes
	@Test
	void theAncestorsOfTheMergeAreBothBranchesAndTheTrunk() {
		assertThat(history(this.map, "base:merge")).containsExactlyInAnyOrder("a1", "e2b2", "e2b1", "cb2", "merge",
				"a3", "a2", "b1", "b2", "db1", "db2", "cb1");
	}

}
