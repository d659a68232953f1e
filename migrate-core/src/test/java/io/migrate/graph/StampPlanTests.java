package io.migrate.graph;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.migrate.graph.Graphs.branched;
import static io.migrate.graph.Graphs.graph;
import static io.migrate.graph.Graphs.linear;
import static io.migrate.graph.Graphs.rev;
import static io.migrate.graph.Graphs.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StampPlanTests {

	@Test
	void stampUpwardsUpdatesTheRow() {
		Plan plan = linear().planStamp(List.of("d"), rows("b"), false);
		assertThat(plan.steps()).singleElement().satisfies((step) -> {
			assertThat(step.direction()).isEqualTo(Direction.STAMP);
			assertThat(step.revision()).isEqualTo("d");
			assertThat(step.rowChanges()).containsExactly(RowChange.update("b", "d"));
		});
	}

	@Test
	void stampBaseDeletesTheRow() {
		Plan plan = linear().planStamp(List.of("base"), rows("c"), false);
		assertThat(plan.steps()).singleElement()
			.satisfies((step) -> assertThat(step.rowChanges()).containsExactly(RowChange.delete("c")));
		assertThat(plan.rowsAfter()).isEmpty();
	}

	@Test
	void noDestinationMeansBase() {
		assertThat(linear().planStamp(List.of(), rows("c"), false).rowsAfter()).isEmpty();
	}

	@Test
	void stampHeadsFromNothingInsertsEveryHead() {
		Plan plan = branched().planStamp(List.of("heads"), rows(), false);
		assertThat(plan.steps()).extracting(Step::rowChanges)
			.containsExactly(List.of(RowChange.insert("d1")), List.of(RowChange.insert("d2")));
	}

	@Test
	void stampBranchBaseDeletesOnlyThatBranch() {
		Plan plan = branched().planStamp(List.of("c1branch@base"), rows("d1", "d2"), false);
		assertThat(plan.rowsAfter()).containsExactly("d2");
	}

	@Test
	void stampBelowSeveralBranchesCollapsesThem() {
		Plan plan = branched().planStamp(List.of("b"), rows("d1", "d2"), false);
		assertThat(plan.steps()).singleElement()
			.satisfies((step) -> assertThat(step.rowChanges()).containsExactly(RowChange.delete("d1"),
					RowChange.update("d2", "b")));
	}

	@Test
	void stampTwoDescendantsUpdatesThenInserts() {
		RevisionGraph graph = graph(rev("a"), rev("e", "a"), rev("f", "a"));
		Plan plan = graph.planStamp(List.of("e", "f"), rows("a"), false);
		assertThat(plan.steps()).extracting(Step::rowChanges)
			.containsExactly(List.of(RowChange.update("a", "e")), List.of(RowChange.insert("f")));
		assertThat(plan.rowsAfter()).containsExactly("e", "f");
	}

	@Test
	void stampOfPresentRevisionDoesNothing() {
		assertThat(linear().planStamp(List.of("c"), rows("c"), false).isEmpty()).isTrue();
	}

	@Test
	void stampOnUnrelatedBranchInsertsARow() {
		Plan plan = branched().planStamp(List.of("c2"), rows("d1"), false);
		assertThat(plan.rowsAfter()).containsExactly("c2", "d1");
	}

	@Test
	void purgeEmptiesTheTableFirst() {
		Plan plan = linear().planStamp(List.of("b"), rows("d"), true);
		assertThat(plan.steps()).extracting(Step::rowChanges)
			.containsExactly(List.of(RowChange.delete("d")), List.of(RowChange.insert("b")));
		assertThat(plan.rowsBefore()).containsExactly("d");
		assertThat(plan.rowsAfter()).containsExactly("b");
	}

	@Test
	void stampOfRevisionWithItsDescendantIsRefused() {
		assertThatExceptionOfType(RevisionException.class)
			.isThrownBy(() -> branched().planStamp(List.of("b", "d1"), rows(), false))
			.withMessageContaining("descendant d1");
	}

	@Test
	void stampHeadWithSeveralHeadsIsRefused() {
		assertThatExceptionOfType(MultipleHeadsException.class)
			.isThrownBy(() -> branched().planStamp(List.of("head"), rows(), false));
	}

}
