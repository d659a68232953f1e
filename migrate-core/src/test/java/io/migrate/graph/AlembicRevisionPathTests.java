package io.migrate.graph;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.migrate.graph.Alembic.assertDowngrade;
import static io.migrate.graph.Alembic.assertUpgrade;
import static io.migrate.graph.Alembic.list;
import static io.migrate.graph.Alembic.map;
import static io.migrate.graph.Alembic.rev;
import static io.migrate.graph.Alembic.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Alembic tests/test_version_traversal.py RevisionPathTest: a linear history with real-looking ids. */
class AlembicRevisionPathTests {

	private static final String A = "e6239818bb3a";

	private static final String B = "548bbb905360";

	private static final String C = "b7ea43dc85e4";

	private static final String D = "1bbe33445780";

	private static final String E = "3975fb1a0125";

	private final RevisionGraph env = map(rev(A), rev(B, A), rev(C, B), rev(D, C), rev(E, D));

	@Test
	void downgradeToBaseWithNoVersionDoesNothing() {
		assertDowngrade(this.env, "base", rows(), list());
	}

	// #838
	@Test
	void downgradeToTheCurrentRevisionDoesNothing() {
		assertDowngrade(this.env, A, rows(A), list(), A);
	}

	// #839
	@Test
	void downgradeToTheCurrentHeadDoesNothing() {
		assertDowngrade(this.env, E, rows(E), list(), E);
	}

	@Test
	void upgradeRunsTheRevisionsAboveTheCurrentOne() {
		assertUpgrade(this.env, E, rows(C), list(D, E), E);
	}

	@Test
	void upgradeFromNothingRunsFromTheBase() {
		assertUpgrade(this.env, C, rows(), list(A, B, C), C);
	}

	// test_relative_upgrade_path
	@Test
	void plusNUpgradesNRevisionsFromTheCurrentOne() {
		assertUpgrade(this.env, "+2", rows(A), list(B, C), C);
		assertUpgrade(this.env, "+1", rows(A), list(B), B);
		assertUpgrade(this.env, "+3", rows(B), list(C, D, E), E);
	}

	@Test
	void revisionPlusNCountsUpFromThatRevision() {
		assertUpgrade(this.env, B + "+2", rows(A), list(B, C, D), D);
	}

	@Test
	void revisionMinusNCountsDownFromThatRevision() {
		assertUpgrade(this.env, D + "-2", rows(A), list(B), B);
	}

	// test_invalid_relative_upgrade_path
	@Test
	void minusNIsNotAnUpgrade() {
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> this.env.planUpgrade("-2", rows(B)))
			.withMessage("Relative revision -2 didn't produce 2 migrations");
	}

	@Test
	void plusNPastTheHeadIsReported() {
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> this.env.planUpgrade("+5", rows(B)))
			.withMessage("Relative revision +5 didn't produce 5 migrations");
	}

	// test_downgrade_path
	@Test
	void downgradeRunsTheRevisionsAboveTheTargetNewestFirst() {
		assertDowngrade(this.env, C, rows(E), list(E, D), C);
	}

	@Test
	void downgradeToBaseRunsEverything() {
		assertDowngrade(this.env, "base", rows(C), list(C, B, A));
	}

	// test_relative_downgrade_path
	@Test
	void minusNDowngradesNRevisionsFromTheCurrentOne() {
		assertDowngrade(this.env, "-1", rows(C), list(C), B);
		assertDowngrade(this.env, "-3", rows(E), list(E, D, C), B);
	}

	@Test
	void revisionPlusNAsADowngradeTargetCountsUpFromThatRevision() {
		assertDowngrade(this.env, A + "+2", rows(D), list(D), C);
	}

	@Test
	void revisionMinusNAsADowngradeTargetCountsDownFromThatRevision() {
		assertDowngrade(this.env, C + "-2", rows(D), list(D, C, B), A);
	}

	// test_invalid_relative_downgrade_path
	@Test
	void minusNPastBaseIsReported() {
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> this.env.planDowngrade("-5", rows(B)))
			.withMessage("Relative revision -5 didn't produce 5 migrations");
	}

	@Test
	void plusNIsNotADowngrade() {
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> this.env.planDowngrade("+2", rows(B)))
			.withMessage("Relative revision +2 didn't produce 2 migrations");
	}

	// test_invalid_move_rev_to_none: "Destination 548 is not a valid downgrade target from current
	// head(s)" at command level (RevisionErrors); the graph raises the range error
	@Test
	void downgradeWithNothingAppliedIsNotAValidTarget() {
		assertThatExceptionOfType(RangeNotAncestorException.class)
			.isThrownBy(() -> this.env.planDowngrade(B.substring(0, 3), rows()));
	}

	// test_invalid_move_higher_to_lower
	@Test
	void downgradeToARevisionAboveTheCurrentOneIsNotAValidTarget() {
		assertThatExceptionOfType(RangeNotAncestorException.class)
			.isThrownBy(() -> this.env.planDowngrade(C.substring(0, 4), rows(B)));
	}

	// test_stamp_to_base
	@Test
	void stampToBaseDeletesTheRow() {
		Plan plan = this.env.planStamp(List.of("base"), rows(D), false);
		assertThat(plan.steps()).singleElement()
			.satisfies((step) -> assertThat(step.rowChanges()).containsExactly(RowChange.delete(D)));
	}

}
