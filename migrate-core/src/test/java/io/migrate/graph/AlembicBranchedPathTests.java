package io.migrate.graph;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.migrate.graph.Alembic.assertDowngrade;
import static io.migrate.graph.Alembic.assertUpgrade;
import static io.migrate.graph.Alembic.labels;
import static io.migrate.graph.Alembic.list;
import static io.migrate.graph.Alembic.map;
import static io.migrate.graph.Alembic.rev;
import static io.migrate.graph.Alembic.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Alembic tests/test_version_traversal.py BranchedPathTest: a - b - (c1 - d1, c2 - d2), generated
 * (and so loaded) in the order a, b, c1, d1, c2, d2.
 */
class AlembicBranchedPathTests {

	private final RevisionGraph env = map(rev("a"), rev("b", "a"), labels(rev("c1", "b"), "c1branch"),
			rev("d1", "c1"), labels(rev("c2", "b"), "c2branch"), rev("d2", "c2"));

	private Step singleStamp(String destination, String... rows) {
		Plan plan = this.env.planStamp(List.of(destination), rows(rows), false);
		assertThat(plan.steps()).hasSize(1);
		return plan.steps().get(0);
	}

	@Test
	void stampDownAcrossBranchesToTheBranchPointDeletesOneRowAndUpdatesTheOther() {
		assertThat(singleStamp("b", "d1", "c2").rowChanges()).containsExactly(RowChange.delete("d1"),
				RowChange.update("c2", "b"));
	}

	@Test
	void stampToALabelledBaseDeletesOnlyThatBranchRow() {
		assertThat(singleStamp("c1branch@base", "d1", "c2").rowChanges()).containsExactly(RowChange.delete("d1"));
	}

	@Test
	void stampToALabelledHeadMovesOnlyThatBranchRow() {
		assertThat(singleStamp("c2branch@head", "d1", "c2").rowChanges()).containsExactly(RowChange.update("c2", "d2"));
	}

	@Test
	void upgradeOfOneBranchRunsOnlyThatBranch() {
		assertUpgrade(this.env, "d1", rows("b"), list("c1", "d1"), "d1");
	}

	// test_upgrade_multiple_branch: destination (d1, d2), i.e. both heads
	@Test
	void upgradeToBothHeadsRunsTheLastLoadedBranchFirst() {
		assertUpgrade(this.env, "heads", rows("a"), list("b", "c2", "d2", "c1", "d1"), "d1", "d2");
	}

	@Test
	void downgradeOfBothBranchesRunsTheFirstLoadedBranchFirst() {
		assertDowngrade(this.env, "a", rows("d1", "d2"), list("d1", "c1", "d2", "c2", "b"), "a");
	}

	@Test
	void labelledHeadMinusOneUpgradesToTheRevisionBelowThatHead() {
		assertUpgrade(this.env, "c2branch@head-1", rows("b"), list("c2"), "c2");
	}

	@Test
	void basePlusTwoWithoutALabelDropsEverythingAboveB() {
		assertDowngrade(this.env, "base+2", rows("d2", "d1"), list("d1", "c1", "d2", "c2"), "b");
	}

	@Test
	void labelledBasePlusTwoDowngradesOnlyThatBranch() {
		assertDowngrade(this.env, "c2branch@base+2", rows("d2", "d1"), list("d2", "c2"), "d1");
	}

	@Test
	void labelledBasePlusThreeIsTheThirdRevisionOfThatBranch() {
		assertDowngrade(this.env, "c2", rows("d2", "d1"), list("d2"), "d1", "c2");
		assertDowngrade(this.env, "c2branch@base+3", rows("d2", "d1"), list("d2"), "d1", "c2");
	}

	// test_downgrade_once_order_right, _right_unbalanced, _left, _left_unbalanced: Alembic warns
	// "downgrade -1 from multiple heads is ambiguous" and downgrades the first row's branch. By
	// design (design.md section 5) we refuse a plain -N while several heads are current.
	@Test
	void plainMinusOneWithSeveralRowsIsRefused() {
		for (List<String> rows : List.of(rows("d2", "d1"), rows("c2", "d1"), rows("d1", "d2"), rows("c1", "d2"))) {
			assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> this.env.planDowngrade("-1", rows))
				.withMessageContaining("ambiguous");
		}
	}

	@Test
	void labelledMinusOneDowngradesThatBranch() {
		assertDowngrade(this.env, "c1branch@-1", rows("d1", "d2"), list("d1"), "c1", "d2");
	}

	// #765
	@Test
	void revisionMinusOneDowngradesThatRevisionWhateverTheRowOrder() {
		assertDowngrade(this.env, "d2-1", rows("d2", "c1"), list("d2"), "c1", "c2");
		assertDowngrade(this.env, "d2-1", rows("c1", "d2"), list("d2"), "c1", "c2");
	}

	@Test
	void aLabelNamesTheBranchToDowngradeToTheBranchPoint() {
		assertDowngrade(this.env, "c1branch@b", rows("c1", "d2"), list("c1"), "d2");
	}

	@Test
	void aLabelNotOnTheHeadRevisionStillNamesTheBranch() {
		assertDowngrade(this.env, "c2branch@b", rows("c1", "d2"), list("d2", "c2"), "c1");
	}

	@Test
	void aRevisionOnTheBranchNamesTheBranch() {
		assertDowngrade(this.env, "c2@b", rows("d1", "d2"), list("d2", "c2"), "d1");
	}

	@Test
	void theHeadRevisionNamesTheBranch() {
		assertDowngrade(this.env, "d1@b", rows("d1", "d2"), list("d1", "c1"), "d2");
	}

	@Test
	void labelledHeadMinusOneDowngradesThatHead() {
		assertDowngrade(this.env, "c1branch@head-1", rows("d1", "d2"), list("d1"), "c1", "d2");
	}

	@Test
	void labelPlusOneStartsANewBranchFromTheBranchPoint() {
		assertUpgrade(this.env, "c2branch@+1", rows("c1"), list("c2"), "c1", "c2");
	}

	@Test
	void labelPlusOneMovesOnlyThatBranchOfTheHeads() {
		assertUpgrade(this.env, "c2branch@+1", rows("c1", "c2"), list("d2"), "c1", "d2");
	}

	@Test
	void plusOneFromTwoRowsIsAmbiguous() {
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> this.env.planUpgrade("+1", rows("c1", "c2")))
			.withMessage("Ambiguous upgrade from multiple current revisions");
	}

	@Test
	void basePlusOneUpgradesTheFirstRevision() {
		assertUpgrade(this.env, "base+1", rows(), list("a"), "a");
	}

	@Test
	void plusOneFromNothingUpgradesTheFirstRevision() {
		assertUpgrade(this.env, "+1", rows(), list("a"), "a");
	}

	@Test
	void minusOneFromTheFirstRevisionGoesToBase() {
		assertDowngrade(this.env, "-1", rows("a"), list("a"));
	}

	@Test
	void minusOneFromNothingIsReported() {
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> this.env.planDowngrade("-1", rows()))
			.withMessage("Relative revision -1 didn't produce 1 migrations");
	}

	@Test
	void downgradeToARowOfSeveralBranchesDoesNothing() {
		assertDowngrade(this.env, "c2", rows("d1", "c2"), list(), "d1", "c2");
		assertDowngrade(this.env, "d1", rows("d1", "c2"), list(), "d1", "c2");
	}

}
