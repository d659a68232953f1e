package io.migrate.graph;

import org.junit.jupiter.api.Test;

import static io.migrate.graph.Alembic.history;
import static io.migrate.graph.Alembic.map;
import static io.migrate.graph.Alembic.rev;
import static io.migrate.graph.Alembic.rows;
import static io.migrate.graph.Alembic.upgradeIteration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Alembic tests/test_revision.py MultipleBaseTest.
 *
 * <p>Not ported: test_heads_to_revs_plus_implicit_base_inclusive (implicit base and inclusive
 * together have no public equivalent; the exclusive variant is ported) and
 * test_specific_path_two_implicit_base (an upgrade to two named revisions at once, [b3, b2]).
 */
class AlembicMultipleBaseTests {

	private final RevisionGraph map = map(rev("base1"), rev("base2"), rev("base3"), rev("a1a", "base1"),
			rev("a1b", "base1"), rev("a2", "base2"), rev("a3", "base3"), rev("b1a", "a1a"), rev("b1b", "a1b"),
			rev("b2", "a2"), rev("b3", "a3"), rev("c2", "b2"), rev("d2", "c2"), rev("mergeb3d2", "b3", "d2"));

	// test_heads_to_base
	@Test
	void headsToBaseVisitsEachTreeInLoadOrder() {
		assertThat(history(this.map, "base:heads")).containsExactly("b1a", "a1a", "b1b", "a1b", "base1", "mergeb3d2",
				"b3", "a3", "base3", "d2", "c2", "b2", "a2", "base2");
	}

	// test_heads_to_base_exclusive: the upgrade from nothing runs the same list in reverse
	@Test
	void upgradingEveryTreeFromNothingRunsTheIterationInReverse() {
		assertThat(upgradeIteration(this.map, "heads")).containsExactly("b1a", "a1a", "b1b", "a1b", "base1",
				"mergeb3d2", "b3", "a3", "base3", "d2", "c2", "b2", "a2", "base2");
	}

	// test_heads_to_blank
	@Test
	void headsToNothingIsTheWholeHistory() {
		assertThat(history(this.map, null)).containsExactly("b1a", "a1a", "b1b", "a1b", "base1", "mergeb3d2", "b3",
				"a3", "base3", "d2", "c2", "b2", "a2", "base2");
	}

	// test_detect_invalid_base_selection
	@Test
	void aLowerBoundThatIsAnAncestorOfAnotherIsRefused() {
		assertThatExceptionOfType(RevisionException.class)
			.isThrownBy(() -> this.map.planUpgrade("c2", rows("a2", "b2")))
			.withMessageContaining("overlaps with other requested revisions");
	}

	// test_heads_to_revs_plus_implicit_base_exclusive
	@Test
	void upgradingToHeadsFromOneRowBringsUpTheOtherTreesFromBase() {
		assertThat(upgradeIteration(this.map, "heads", "c2")).containsExactly("b1a", "a1a", "b1b", "a1b", "base1",
				"mergeb3d2", "b3", "a3", "base3", "d2");
	}

	// test_heads_to_revs_base_exclusive ([mergeb3d2, d2] without implicit base, exclusive): history
	// is the same call but inclusive, so c2 comes last
	@Test
	void withoutImplicitBaseOnlyDescendantsOfTheLowerBoundAreVisited() {
		assertThat(history(this.map, "c2:heads")).containsExactly("mergeb3d2", "d2", "c2");
	}

	// test_specific_path_one
	@Test
	void aSpecificPathStaysOnItsTree() {
		assertThat(history(this.map, "base3:b3")).containsExactly("b3", "a3", "base3");
	}

}
