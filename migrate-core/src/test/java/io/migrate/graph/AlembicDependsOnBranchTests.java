package io.migrate.graph;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static io.migrate.graph.Alembic.assertDowngrade;
import static io.migrate.graph.Alembic.assertUpgrade;
import static io.migrate.graph.Alembic.deps;
import static io.migrate.graph.Alembic.down;
import static io.migrate.graph.Alembic.labels;
import static io.migrate.graph.Alembic.list;
import static io.migrate.graph.Alembic.maintainer;
import static io.migrate.graph.Alembic.map;
import static io.migrate.graph.Alembic.rev;
import static io.migrate.graph.Alembic.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alembic tests/test_version_traversal.py DependsOnBranchTestOne to -Five, DependsOnOwnDownrevTest
 * and DependsOnBranchLabelTest.
 */
class AlembicDependsOnBranchTests {

	/** DependsOnBranchTestOne: c2 depends on c1 of the lib1 branch. */
	@Nested
	class One {

		private final RevisionGraph env = map(labels(rev("a1"), "lib1"), rev("b1", "a1"), rev("c1", "b1"), rev("a2"),
				rev("b2", "a2"), deps(rev("c2", "b2"), "c1"), rev("d1", "c1"), rev("e1", "d1"), rev("f1", "e1"));

		@Test
		void downgradeToADependencyDeletesTheRowTheDependentStillImplies() {
			HeadMaintainer head = maintainer(this.env, "c2", "d1");
			assertThat(down(this.env, head, "d1")).containsExactly("c2");
		}

		@Test
		void stampAcrossADependencyCollapsesBothRowsIntoTheTarget() {
			Plan plan = this.env.planStamp(List.of("b1"), rows("e1", "c2"), false);
			assertThat(plan.rowsAfter()).containsExactly("b1");
		}

	}

	/** DependsOnBranchTestTwo: d1 (a base) depends on a3, b2 and c1 of three merged trees. */
	@Nested
	class Two {

		private final RevisionGraph env = map(rev("a1"), rev("a2"), rev("a3"), rev("amerge", "a1", "a2", "a3"),
				rev("b1"), rev("b2"), rev("bmerge", "b1", "b2"), rev("c1"), rev("c2"), rev("c3"),
				rev("cmerge", "c1", "c2", "c3"), deps(rev("d1"), "a3", "b2", "c1"));

		// test_kaboom, first downgrade: b2 is no row afterwards, but d1 implies it
		@Test
		void unmergingKeepsOnlyTheParentNoOtherRowImplies() {
			assertDowngrade(this.env, "b2", rows("amerge", "bmerge", "cmerge", "d1"), list("bmerge"), "amerge", "b1",
					"cmerge", "d1");
		}

		// test_kaboom, second downgrade: b2 has to be inserted, it was implied by d1
		@Test
		void downgradingTheDependentInsertsTheDependencyNoOtherRowImplies() {
			assertDowngrade(this.env, "d1@base", rows("amerge", "d1", "b1", "cmerge"), list("d1"), "amerge", "b1",
					"b2", "cmerge");
		}

		// test_kaboom, third downgrade
		@Test
		void downgradingEverythingFromFourRowsFollowsLoadOrderAndMergeParents() {
			assertDowngrade(this.env, "base", rows("amerge", "b1", "b2", "cmerge"),
					list("amerge", "a1", "b1", "b2", "cmerge", "c1", "a2", "a3", "c2", "c3"));
		}

	}

	/** DependsOnBranchTestThree (#377): a criss-cross of dependencies. */
	@Nested
	class Three {

		@Test
		void halfOfACrissCrossCanBeDowngraded() {
			RevisionGraph env = map(rev("a1"), rev("a2", "a1"), rev("b1"), deps(rev("b2", "b1"), "a2"), rev("b3", "b2"),
					deps(rev("a3", "a2"), "b1"));
			assertDowngrade(env, "b1", rows("a3", "b2"), list("b2"), "a3");
		}

	}

	/** DependsOnOwnDownrevTest (#843): a2 depends on its own parent a1. */
	@Nested
	class OwnDownrev {

		private final RevisionGraph env = map(rev("a1"), deps(rev("a2", "a1"), "a1"));

		@Test
		void upgradeThroughADependencyOnTheParent() {
			assertUpgrade(this.env, "a2", rows(), list("a1", "a2"), "a2");
		}

		@Test
		void downgradeThroughADependencyOnTheParent() {
			assertDowngrade(this.env, "a1", rows("a2"), list("a2"), "a1");
		}

	}

	/** DependsOnBranchTestFour (#789). */
	@Nested
	class Four {

		@Test
		void aDependencyRepeatedFurtherDownTheBranchIsNormalizedAway() {
			RevisionGraph env = map(rev("a1"), rev("a2", "a1"), rev("a3", "a2"), rev("b1"), deps(rev("b2", "b1"), "a3"),
					rev("b3", "b2"), deps(rev("b4", "b3"), "a3"));
			assertDowngrade(env, "b3", rows("b4"), list("b4"), "b3");
		}

	}

	/** DependsOnBranchTestFive (#1373): bmerge merges a1 and b1, and b1 depends on a1. */
	@Nested
	class Five {

		private final RevisionGraph env = map(rev("a1"), deps(rev("b1"), "a1"), rev("bmerge", "a1", "b1"));

		@Test
		void upgradeToTheDependentReplacesTheDependencyRow() {
			assertUpgrade(this.env, "b1", rows("a1"), list("b1"), "b1");
		}

		@Test
		void upgradeToTheMergeReplacesTheDependentRow() {
			assertUpgrade(this.env, "bmerge", rows("b1"), list("bmerge"), "bmerge");
		}

		@Test
		void downgradeFromTheMergeToTheDependencyReturnsToTheDependent() {
			assertDowngrade(this.env, "a1", rows("bmerge"), list("bmerge"), "b1");
		}

		@Test
		void downgradeFromTheMergeToTheDependentReturnsToTheDependent() {
			assertDowngrade(this.env, "b1", rows("bmerge"), list("bmerge"), "b1");
		}

	}

	/** DependsOnBranchLabelTest: c2 depends on the label c1lib. */
	@Nested
	class Label {

		@Test
		void upgradeBringsUpTheLabelledDependencyFirst() {
			RevisionGraph env = map(labels(rev("a1"), "lib1"), rev("b1", "a1"), labels(rev("c1", "b1"), "c1lib"),
					rev("a2"), rev("b2", "a2"), deps(rev("c2", "b2"), "c1lib"), rev("d1", "c1"), rev("e1", "d1"),
					rev("f1", "e1"));
			assertUpgrade(env, "c2", rows("a2"), list("a1", "b1", "c1", "b2", "c2"), "c2");
		}

	}

}
