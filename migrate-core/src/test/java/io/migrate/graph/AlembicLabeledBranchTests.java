package io.migrate.graph;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.migrate.graph.Alembic.history;
import static io.migrate.graph.Alembic.ids;
import static io.migrate.graph.Alembic.labels;
import static io.migrate.graph.Alembic.map;
import static io.migrate.graph.Alembic.rev;
import static io.migrate.graph.Alembic.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Alembic tests/test_revision.py LabeledBranchTest. */
class AlembicLabeledBranchTests {

	private final RevisionGraph map = map(labels(rev("a"), "abranch"), rev("b", "a"), rev("somelongername", "b"),
			rev("c", "somelongername"), rev("d"), labels(rev("e", "d"), "ebranch"), rev("someothername", "e"),
			rev("f", "someothername"));

	// test_dupe_branch_collection
	@Test
	void aBranchLabelUsedTwiceIsRefused() {
		assertThatExceptionOfType(GraphIntegrityException.class)
			.isThrownBy(() -> map(rev("a"), rev("b", "a"), labels(rev("c", "b"), "xy1"), rev("d"),
					labels(rev("e", "d"), "xy1"), rev("f", "e")))
			.withMessage("Branch name 'xy1' in revision e already used by revision c");
	}

	// test_filter_for_lineage_labeled_head_across_merge: c1, c2 and d all share lineage with
	// c1branch@head (d); stamp filters the rows by that lineage, so both rows merge into d
	@Test
	void bothSidesOfAMergeShareLineageWithTheLabelledHead() {
		RevisionGraph graph = map(rev("a"), rev("b", "a"), labels(rev("c1", "b"), "c1branch"), rev("c2", "b"),
				rev("d", "c1", "c2"));
		Plan plan = graph.planStamp(List.of("c1branch@head"), rows("c1", "c2"), false);
		assertThat(plan.steps()).singleElement()
			.satisfies((step) -> assertThat(step.rowChanges()).containsExactly(RowChange.delete("c1"),
					RowChange.update("c2", "d")));
	}

	// test_filter_for_lineage_heads: f shares lineage with "heads"; stamping heads leaves it alone
	@Test
	void aHeadRowSharesLineageWithHeads() {
		Plan plan = this.map.planStamp(List.of("heads"), rows("f"), false);
		assertThat(ids(plan)).containsExactly("c");
		assertThat(plan.rowsAfter()).containsExactly("c", "f");
	}

	// test_get_base_revisions_labeled: the base of somelongername's branch is a; a downgrade to
	// somelongername@base therefore drops exactly the a branch
	@Test
	void labelledBaseOfARevisionIsTheBaseOfItsBranch() {
		assertThat(ids(this.map.planDowngrade("somelongername@base", rows("c", "f"))))
			.containsExactly("c", "somelongername", "b", "a");
	}

	// test_get_current_named_rev
	@Test
	void labelAtHeadIsTheHeadOfThatBranch() {
		assertThat(this.map.resolve("ebranch@head")).containsExactly("f");
	}

	// test_get_base_revisions
	@Test
	void basesAreListedInLoadOrder() {
		assertThat(this.map.bases()).containsExactly("a", "d");
	}

	// test_iterate_head_to_named_base
	@Test
	void iteratingFromHeadsToALabelledBaseCoversOnlyThatBranch() {
		assertThat(history(this.map, "ebranch@base:heads")).containsExactly("f", "someothername", "e", "d");
		assertThat(history(this.map, "abranch@base:heads")).containsExactly("c", "somelongername", "b", "a");
	}

	// test_iterate_named_head_to_base
	@Test
	void iteratingFromALabelledHeadToBaseCoversOnlyThatBranch() {
		assertThat(history(this.map, "base:ebranch@head")).containsExactly("f", "someothername", "e", "d");
		assertThat(history(this.map, "base:abranch@head")).containsExactly("c", "somelongername", "b", "a");
	}

	// test_iterate_named_head_to_heads
	@Test
	void iteratingFromALabelledHeadToHeadsGivesJustThatHead() {
		assertThat(history(this.map, "ebranch@head:heads")).containsExactly("f");
	}

	// test_iterate_named_rev_to_heads, test_iterate_to_branch_at_rev
	@Test
	void iteratingFromALabelledRevisionToHeadsCoversThatBranchFromTheRevision() {
		assertThat(history(this.map, "ebranch@d:heads")).containsExactly("f", "someothername", "e", "d");
	}

	// test_iterate_head_to_version_specific_base
	@Test
	void aRevisionCanNameTheBranchOfABase() {
		assertThat(history(this.map, "e@base:heads")).containsExactly("f", "someothername", "e", "d");
		assertThat(history(this.map, "c@base:heads")).containsExactly("c", "somelongername", "b", "a");
	}

	// test_branch_w_down_relative
	@Test
	void labelMinusNCountsDownFromThatBranchHead() {
		assertThat(history(this.map, "ebranch@-2:heads")).containsExactly("f", "someothername", "e");
	}

	// test_branch_w_up_relative
	@Test
	void labelPlusNCountsUpFromBaseAlongThatBranch() {
		assertThat(history(this.map, "base:ebranch@+2")).containsExactly("e", "d");
	}

	// test_partial_id_resolve
	@Test
	void partialIdIsResolvedWithinTheBranch() {
		assertThat(this.map.resolve("ebranch@some")).containsExactly("someothername");
		assertThat(this.map.resolve("abranch@some")).containsExactly("somelongername");
	}

	// test_partial_id_resolve_too_short
	@Test
	void tooShortPartialIdAsksForFourCharacters() {
		assertThatExceptionOfType(ResolutionException.class).isThrownBy(() -> this.map.resolve("ebranch@sos"))
			.withMessage("No such revision or branch 'sos'; please ensure at least four characters are present for"
					+ " partial revision identifier matches");
	}

	// test_branch_at_heads
	@Test
	void labelAtHeadsIsThatBranchHead() {
		assertThat(this.map.resolve("abranch@heads")).containsExactly("c");
	}

	// test_branch_at_syntax
	@Test
	void labelAtSymbolResolvesWithinTheBranch() {
		assertThat(this.map.resolve("abranch@head")).containsExactly("c");
		assertThat(this.map.resolve("abranch@base")).isEmpty();
		assertThat(this.map.resolve("ebranch@head")).containsExactly("f");
		assertThat(this.map.resolve("ebranch@d")).containsExactly("d");
	}

	// test_branch_at_self
	@Test
	void labelAtItselfIsTheLabelledRevision() {
		assertThat(this.map.resolve("ebranch@ebranch")).containsExactly("e");
	}

	// test_retrieve_branch_revision
	@Test
	void aLabelResolvesToTheRevisionThatDeclaresIt() {
		assertThat(this.map.resolve("abranch")).containsExactly("a");
		assertThat(this.map.resolve("ebranch")).containsExactly("e");
	}

	// test_rev_not_in_branch
	@Test
	void aRevisionOutsideTheBranchIsNotAMember() {
		assertThatExceptionOfType(ResolutionException.class).isThrownBy(() -> this.map.resolve("ebranch@b"))
			.withMessage("Revision b is not a member of branch 'ebranch'");
		assertThatExceptionOfType(ResolutionException.class).isThrownBy(() -> this.map.resolve("abranch@d"))
			.withMessage("Revision d is not a member of branch 'abranch'");
	}

	// test_actually_short_rev_name
	@Test
	void aShortIdThatExistsResolvesExactly() {
		assertThat(this.map.resolve("e")).containsExactly("e");
	}

	// test_no_revision_exists
	@Test
	void anUnknownRevisionInABranchIsReported() {
		assertThatExceptionOfType(ResolutionException.class).isThrownBy(() -> this.map.resolve("abranch@qprstuv"))
			.withMessage("No such revision or branch 'qprstuv'");
		assertThatExceptionOfType(ResolutionException.class).isThrownBy(() -> this.map.resolve("abranch@qpr"))
			.withMessage("No such revision or branch 'qpr'; please ensure at least four characters are present for"
					+ " partial revision identifier matches");
	}

	// test_not_actually_a_branch
	@Test
	void aRevisionCanStandInForABranch() {
		assertThat(this.map.resolve("e@d")).containsExactly("d");
	}

	// test_not_actually_a_branch_partial_resolution
	@Test
	void aPartialRevisionCanStandInForABranch() {
		assertThat(this.map.resolve("someoth@d")).containsExactly("d");
	}

	// test_no_such_branch
	@Test
	void anUnknownBranchIsReported() {
		assertThatExceptionOfType(ResolutionException.class).isThrownBy(() -> this.map.resolve("x@d"))
			.withMessage("No such branch: 'x'");
	}

}
