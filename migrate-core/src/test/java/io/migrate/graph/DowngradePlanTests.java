package io.migrate.graph;

import org.junit.jupiter.api.Test;

import static io.migrate.graph.Graphs.branched;
import static io.migrate.graph.Graphs.dependent;
import static io.migrate.graph.Graphs.graph;
import static io.migrate.graph.Graphs.labelled;
import static io.migrate.graph.Graphs.linear;
import static io.migrate.graph.Graphs.merged;
import static io.migrate.graph.Graphs.order;
import static io.migrate.graph.Graphs.rev;
import static io.migrate.graph.Graphs.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DowngradePlanTests {

	@Test
	void downgradeToRevisionRevertsEverythingAboveNewestFirst() {
		Plan plan = linear().planDowngrade("b", rows("e"));
		assertThat(order(plan)).containsExactly("e", "d", "c");
		assertThat(plan.steps().get(0).rowChanges()).containsExactly(RowChange.update("e", "d"));
		assertThat(plan.rowsAfter()).containsExactly("b");
	}

	@Test
	void downgradeToBaseDeletesTheLastRow() {
		Plan plan = linear().planDowngrade("base", rows("b"));
		assertThat(order(plan)).containsExactly("b", "a");
		assertThat(plan.steps().get(1).rowChanges()).containsExactly(RowChange.delete("a"));
		assertThat(plan.rowsAfter()).isEmpty();
	}

	@Test
	void downgradeToBaseWithNothingAppliedPlansNothing() {
		assertThat(linear().planDowngrade("base", rows()).isEmpty()).isTrue();
	}

	@Test
	void downgradeToCurrentRevisionPlansNothing() {
		assertThat(linear().planDowngrade("c", rows("c")).isEmpty()).isTrue();
	}

	@Test
	void downgradeOfBothBranchesRevertsFirstLoadedBranchFirst() {
		Plan plan = branched().planDowngrade("a", rows("d1", "d2"));
		assertThat(order(plan)).containsExactly("d1", "c1", "d2", "c2", "b");
		assertThat(plan.steps().get(1).rowChanges()).containsExactly(RowChange.delete("c1"));
		assertThat(plan.steps().get(3).rowChanges()).containsExactly(RowChange.update("c2", "b"));
		assertThat(plan.rowsAfter()).containsExactly("a");
	}

	@Test
	void branchQualifiedDowngradeKeepsTheOtherBranch() {
		Plan plan = branched().planDowngrade("c2branch@b", rows("d1", "d2"));
		assertThat(order(plan)).containsExactly("d2", "c2");
		assertThat(plan.rowsAfter()).containsExactly("d1");
	}

	@Test
	void revisionCanQualifyTheBranchOfADowngrade() {
		assertThat(order(branched().planDowngrade("d1@b", rows("d1", "d2")))).containsExactly("d1", "c1");
	}

	@Test
	void downgradeAboveCurrentIsNotAValidTarget() {
		assertThatExceptionOfType(RangeNotAncestorException.class)
			.isThrownBy(() -> linear().planDowngrade("d", rows("b")));
	}

	@Test
	void downgradeToOtherBranchIsNotAValidTarget() {
		assertThatExceptionOfType(RangeNotAncestorException.class)
			.isThrownBy(() -> branched().planDowngrade("c2", rows("d1")));
	}

	@Test
	void relativeDowngradeWalksDownFromTheRow() {
		assertThat(order(linear().planDowngrade("-2", rows("d")))).containsExactly("d", "c");
	}

	@Test
	void relativeDowngradeWithoutRowsFails() {
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> linear().planDowngrade("-1", rows()))
			.withMessage("Relative revision -1 didn't produce 1 migrations");
	}

	@Test
	void relativeDowngradePastBaseFails() {
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> linear().planDowngrade("-3", rows("b")))
			.withMessage("Relative revision -3 didn't produce 3 migrations");
	}

	@Test
	void relativeDowngradeToExactlyBaseRevertsEverything() {
		assertThat(linear().planDowngrade("-2", rows("b")).rowsAfter()).isEmpty();
	}

	@Test
	void plainRelativeDowngradeWithSeveralRowsIsRefused() {
		assertThatExceptionOfType(RevisionException.class)
			.isThrownBy(() -> branched().planDowngrade("-1", rows("d1", "d2")))
			.withMessageContaining("name a branch");
	}

	@Test
	void branchRelativeDowngradeRevertsOnlyThatBranch() {
		Plan plan = branched().planDowngrade("c1branch@-1", rows("d1", "d2"));
		assertThat(order(plan)).containsExactly("d1");
		assertThat(plan.rowsAfter()).containsExactly("c1", "d2");
	}

	@Test
	void positiveRelativeDowngradeFails() {
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> linear().planDowngrade("+1", rows("c")))
			.withMessage("Relative revision +1 didn't produce 1 migrations");
	}

	@Test
	void symbolPlusDowngradeWalksUpFromTheSymbol() {
		assertThat(order(linear().planDowngrade("base+2", rows("e")))).containsExactly("e", "d", "c");
	}

	@Test
	void symbolMinusDowngradeWalksDownFromTheSymbol() {
		assertThat(order(linear().planDowngrade("d-2", rows("e")))).containsExactly("e", "d", "c");
	}

	@Test
	void symbolWalkPastTheEndFails() {
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> linear().planDowngrade("a-2", rows("e")))
			.withMessage("Walked too far");
	}

	@Test
	void downgradeOutOfMergeRestoresBothParents() {
		Plan plan = merged().planDowngrade("b", rows("f"));
		assertThat(order(plan)).containsExactly("f", "e", "d1", "c1", "d2", "c2");
		assertThat(plan.steps().get(1).rowChanges()).containsExactly(RowChange.insert("d1"),
				RowChange.update("e", "d2"));
		assertThat(plan.rowsAfter()).containsExactly("b");
	}

	@Test
	void downgradeToOneParentOfMergeKeepsTheOtherBranch() {
		RevisionGraph graph = graph(rev("a"), rev("b", "a"), rev("c1", "b"), rev("c2", "b"), rev("m", "c1", "c2"),
				rev("n", "m"));
		Plan plan = graph.planDowngrade("c1", rows("n"));
		assertThat(order(plan)).containsExactly("n", "m");
		assertThat(plan.rowsAfter()).containsExactly("c1", "c2");
	}

	@Test
	void downgradeOfDependencyAlsoRevertsDependentOnOtherBranch() {
		RevisionGraph graph = graph(rev("a"), rev("b", "a"), labelled("c1", "c1branch", "b"),
				labelled("c2", "c2branch", "b"), dependent(rev("d1", "c1"), "c2"), rev("d2", "c2"));
		Plan plan = graph.planDowngrade("c2branch@b", rows("d1", "d2"));
		assertThat(order(plan)).containsExactly("d1", "d2", "c2");
		assertThat(plan.steps().get(0).rowChanges()).containsExactly(RowChange.update("d1", "c1"));
		assertThat(plan.rowsAfter()).containsExactly("c1");
	}

	@Test
	void downgradeOfRevisionWithImpliedDependencyOnlyDeletesItsRow() {
		RevisionGraph graph = graph(rev("a"), rev("b1", "a"), rev("b2", "a"), dependent(rev("c", "b1"), "b2"));
		Plan plan = graph.planDowngrade("b1", rows("c"));
		assertThat(plan.steps().get(0).rowChanges()).containsExactly(RowChange.insert("b1"),
				RowChange.update("c", "b2"));
		assertThat(plan.rowsAfter()).containsExactly("b1", "b2");
	}

}
