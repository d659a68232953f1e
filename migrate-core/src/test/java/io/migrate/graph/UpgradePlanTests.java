package io.migrate.graph;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.migrate.graph.Graphs.branched;
import static io.migrate.graph.Graphs.dependent;
import static io.migrate.graph.Graphs.graph;
import static io.migrate.graph.Graphs.linear;
import static io.migrate.graph.Graphs.merged;
import static io.migrate.graph.Graphs.order;
import static io.migrate.graph.Graphs.rev;
import static io.migrate.graph.Graphs.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UpgradePlanTests {

	@Test
	void upgradeFromBaseAppliesEveryRevisionOldestFirst() {
		Plan plan = linear().planUpgrade("head", rows());
		assertThat(order(plan)).containsExactly("a", "b", "c", "d", "e");
		assertThat(plan.rowsAfter()).containsExactly("e");
	}

	@Test
	void firstUpgradeInsertsThenUpdates() {
		Plan plan = linear().planUpgrade("b", rows());
		assertThat(plan.steps().get(0).rowChanges()).containsExactly(RowChange.insert("a"));
		assertThat(plan.steps().get(1).rowChanges()).containsExactly(RowChange.update("a", "b"));
	}

	@Test
	void upgradeToAppliedRevisionPlansNothing() {
		assertThat(linear().planUpgrade("b", rows("d")).isEmpty()).isTrue();
	}

	@Test
	void upgradeFromBaseAppliesBranchVisitedLastFirst() {
		Plan plan = branched().planUpgrade("heads", rows());
		assertThat(order(plan)).containsExactly("a", "b", "c2", "d2", "c1", "d1");
		assertThat(plan.rowsAfter()).containsExactly("d1", "d2");
	}

	@Test
	void upgradeFromBranchPointToBothBranchesStartsWithTheLastLoadedOne() {
		Plan plan = branched().planUpgrade("heads", rows("b"));
		assertThat(order(plan)).containsExactly("c2", "d2", "c1", "d1");
		assertThat(plan.steps().get(0).rowChanges()).containsExactly(RowChange.update("b", "c2"));
		assertThat(plan.steps().get(2).rowChanges()).containsExactly(RowChange.insert("c1"));
	}

	@Test
	void upgradeOfOneBranchLeavesTheOtherAlone() {
		Plan plan = branched().planUpgrade("d1", rows("b"));
		assertThat(order(plan)).containsExactly("c1", "d1");
	}

	@Test
	void upgradeToOtherBranchAddsARow() {
		Plan plan = branched().planUpgrade("d2", rows("d1"));
		assertThat(order(plan)).containsExactly("c2", "d2");
		assertThat(plan.rowsAfter()).containsExactly("d1", "d2");
		assertThat(plan.steps().get(0).rowChanges()).containsExactly(RowChange.insert("c2"));
	}

	@Test
	void upgradeThroughMergeAppliesBothBranchesThenMerges() {
		Plan plan = merged().planUpgrade("f", rows("b"));
		assertThat(order(plan)).containsExactly("c2", "d2", "c1", "d1", "e", "f");
		assertThat(plan.steps().get(4).rowChanges()).containsExactly(RowChange.delete("d1"),
				RowChange.update("d2", "e"));
		assertThat(plan.rowsAfter()).containsExactly("f");
	}

	@Test
	void headWithSeveralHeadsIsRefused() {
		assertThatExceptionOfType(MultipleHeadsException.class).isThrownBy(() -> branched().planUpgrade("head", rows()))
			.satisfies((ex) -> assertThat(ex.heads()).containsExactly("d1", "d2"));
	}

	@Test
	void relativeUpgradeWalksUpFromCurrent() {
		assertThat(order(linear().planUpgrade("+2", rows("b")))).containsExactly("c", "d");
	}

	@Test
	void relativeUpgradeFromNothingStartsAtBase() {
		assertThat(order(linear().planUpgrade("+1", rows()))).containsExactly("a");
	}

	@Test
	void relativeUpgradeTooFarFails() {
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> linear().planUpgrade("+3", rows("d")))
			.withMessage("Relative revision +3 didn't produce 3 migrations");
	}

	@Test
	void negativeRelativeUpgradeFails() {
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> linear().planUpgrade("-2", rows("d")))
			.withMessage("Relative revision -2 didn't produce 2 migrations");
	}

	@Test
	void zeroRelativeUpgradeFails() {
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> linear().planUpgrade("+0", rows("d")))
			.withMessage("Relative revision 0 didn't produce 0 migrations");
	}

	@Test
	void relativeUpgradeWithSeveralRowsIsAmbiguous() {
		assertThatExceptionOfType(RevisionException.class)
			.isThrownBy(() -> branched().planUpgrade("+1", rows("c1", "c2")))
			.withMessage("Ambiguous upgrade from multiple current revisions");
	}

	@Test
	void branchRelativeUpgradeStartsFromTheBranchRow() {
		assertThat(order(branched().planUpgrade("c1branch@+1", rows("c1", "c2")))).containsExactly("d1");
	}

	@Test
	void branchRelativeUpgradeStartsFromBranchPointWhenBranchNotApplied() {
		assertThat(order(branched().planUpgrade("c2branch@+1", rows("c1")))).containsExactly("c2");
	}

	@Test
	void symbolRelativeUpgradeWalksFromTheSymbol() {
		assertThat(order(linear().planUpgrade("b+2", rows()))).containsExactly("a", "b", "c", "d");
	}

	@Test
	void symbolMinusUpgradeWalksDownFromTheSymbol() {
		assertThat(order(branched().planUpgrade("c2branch@head-1", rows("b")))).containsExactly("c2");
	}

	@Test
	void upgradePastTheLastRevisionFails() {
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> linear().planUpgrade("head+1", rows()))
			.withMessageContaining("Walked too far");
	}

	@Test
	void walkThroughBranchPointIsAmbiguous() {
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> branched().planUpgrade("+1", rows("b")))
			.withMessage("Ambiguous walk");
	}

	@Test
	void overlappingCurrentRowsAreRefused() {
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> linear().planUpgrade("e", rows("a", "c")))
			.withMessageContaining("overlaps with other requested revisions");
	}

	@Test
	void dependencyIsAppliedBeforeItsDependent() {
		RevisionGraph graph = graph(rev("a1"), rev("b1"), dependent(rev("a2", "a1"), "b1"));
		Plan plan = graph.planUpgrade("a2", rows());
		assertThat(order(plan)).containsExactly("b1", "a1", "a2");
		assertThat(plan.rowsAfter()).containsExactly("a2");
		assertThat(plan.steps().get(2).rowChanges()).containsExactly(RowChange.delete("a1"),
				RowChange.update("b1", "a2"));
	}

	@Test
	void dependentOnImpliedRevisionInsertsOwnRow() {
		// Alembic's "d2 after rows {d3, d1}": c2 is only implied by d1
		RevisionGraph graph = graph(rev("a"), rev("b1", "a"), rev("c1", "b1"), rev("c2", "b1"),
				dependent(rev("d1", "c1"), "c2"), rev("d2", "c2"), rev("d3", "c2"));
		Plan plan = graph.planUpgrade("d2", rows("d3", "d1"));
		assertThat(plan.steps()).hasSize(1);
		assertThat(plan.steps().get(0).rowChanges()).containsExactly(RowChange.insert("d2"));
		assertThat(plan.rowsAfter()).containsExactly("d1", "d2", "d3");
	}

	@Test
	void unknownDestinationFailsWithTheIdentifier() {
		assertThatExceptionOfType(ResolutionException.class).isThrownBy(() -> linear().planUpgrade("zzzz", rows()))
			.satisfies((ex) -> assertThat(ex.argument()).isEqualTo("zzzz"));
	}

	@Test
	void currentIsNotATarget() {
		assertThatExceptionOfType(ResolutionException.class)
			.isThrownBy(() -> linear().planUpgrade("current", rows("a")))
			.satisfies((ex) -> assertThat(ex.argument()).isEqualTo("current"));
	}

	@Test
	void stepsCarryRowsBeforeAndAfter() {
		Step step = branched().planUpgrade("d2", rows("d1")).steps().get(1);
		assertThat(step.rowsBefore()).isEqualTo(List.of("c2", "d1"));
		assertThat(step.rowsAfter()).isEqualTo(List.of("d1", "d2"));
	}

}
