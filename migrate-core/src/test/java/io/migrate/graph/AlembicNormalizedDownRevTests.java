package io.migrate.graph;

import org.junit.jupiter.api.Test;

import static io.migrate.graph.Alembic.deps;
import static io.migrate.graph.Alembic.ids;
import static io.migrate.graph.Alembic.map;
import static io.migrate.graph.Alembic.rev;
import static io.migrate.graph.Alembic.rows;
import static io.migrate.graph.Alembic.upgradeIteration;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alembic tests/test_revision.py NormalizedDownRevTest: a dependency already declared by an
 * ancestor is not a parent again.
 *
 * <p>Not ported: test_partial_traversal_implicit_base_one (a downgrade with implicit_base has no
 * public equivalent).
 */
class AlembicNormalizedDownRevTests {

	private final RevisionGraph map = map(rev("a1"), rev("a2", "a1"), rev("a3", "a2"), rev("b1"),
			deps(rev("b2", "b1"), "a3"), rev("b3", "b2"), deps(rev("b4", "b3"), "a3"), deps(rev("b5", "b4"), "b4"));

	// test_normalized_down_revisions: b4's parents are (b3,), not (b3, a3); downgrading b4 alone
	// therefore moves its row to b3 and inserts nothing for a3
	@Test
	void aDependencyDeclaredByAnAncestorIsNotAParentAgain() {
		Plan plan = this.map.planDowngrade("b3", rows("b4"));
		assertThat(plan.steps()).singleElement()
			.satisfies((step) -> assertThat(step.rowChanges()).containsExactly(RowChange.update("b4", "b3")));
	}

	// test_dupe_dependency: b5 depends on its own parent; its parents are just (b4,)
	@Test
	void aDependencyOnTheParentCountsOnce() {
		Plan plan = this.map.planUpgrade("b5", rows("b4"));
		assertThat(plan.steps()).singleElement()
			.satisfies((step) -> assertThat(step.rowChanges()).containsExactly(RowChange.update("b4", "b5")));
	}

	// test_branch_traversal
	@Test
	void downgradingToALabelledBaseByRevisionRunsOnlyThatTree() {
		assertThat(ids(this.map.planDowngrade("b1@base", rows("b4")))).containsExactly("b4", "b3", "b2", "b1");
	}

	// test_all_traversal
	@Test
	void downgradingEverythingRunsTheDependentTreeFirst() {
		assertThat(ids(this.map.planDowngrade("base", rows("b5")))).containsExactly("b5", "b4", "b3", "b2", "b1", "a3",
				"a2", "a1");
	}

	// test_partial_traversal (inclusive of a2): a downgrade to a1 drops the same revisions
	@Test
	void downgradingBelowADependencyAlsoDowngradesItsDependents() {
		assertThat(ids(this.map.planDowngrade("a1", rows("b5")))).containsExactly("b5", "b4", "b3", "b2", "a3", "a2");
	}

	// test_partial_traversal_implicit_base_two (inclusive of b1; our upgrade starts above it)
	@Test
	void upgradingFromTheDependentTreeBaseBringsUpTheDependency() {
		assertThat(upgradeIteration(this.map, "b5", "b1")).containsExactly("b5", "b4", "b3", "b2", "a3", "a2", "a1");
	}

	// test_partial_traversal_implicit_base_three (inclusive of b1; our upgrade starts above it)
	@Test
	void upgradingFromTheDependentTreeBaseBringsUpDependenciesOfDependencies() {
		RevisionGraph map = map(rev("c1"), rev("a1"), deps(rev("a2", "a1"), "c1"), deps(rev("a3", "a2"), "c1"),
				rev("b1"), deps(rev("b2", "b1"), "a3"), rev("b3", "b2"), deps(rev("b4", "b3"), "a3"), rev("b5", "b4"));
		assertThat(upgradeIteration(map, "b5", "b1")).containsExactly("b5", "b4", "b3", "b2", "a3", "a2", "a1", "c1");
	}

}
