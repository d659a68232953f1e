package io.migrate.graph;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.migrate.graph.Graphs.branched;
import static io.migrate.graph.Graphs.dependent;
import static io.migrate.graph.Graphs.graph;
import static io.migrate.graph.Graphs.labelled;
import static io.migrate.graph.Graphs.merged;
import static io.migrate.graph.Graphs.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GraphIntegrityTests {

	@Test
	void headsAndBasesFollowLoadOrder() {
		RevisionGraph graph = branched();
		assertThat(graph.heads()).containsExactly("d1", "d2");
		assertThat(graph.bases()).containsExactly("a");
	}

	@Test
	void depended_onHeadIsNotAnEffectiveHead() {
		RevisionGraph graph = graph(rev("a1"), rev("a2", "a1"), rev("b1"), dependent(rev("b2", "b1"), "a2"));
		assertThat(graph.heads()).containsExactly("a2", "b2");
		assertThat(graph.effectiveHeads()).containsExactly("b2");
		assertThat(graph.bases()).containsExactly("a1", "b1");
	}

	@Test
	void branchAndMergePointsAreReported() {
		RevisionGraph graph = merged();
		assertThat(graph.isBranchPoint("b")).isTrue();
		assertThat(graph.isMergePoint("e")).isTrue();
		assertThat(graph.isHead("f")).isTrue();
		assertThat(graph.children("b")).containsExactly("c1", "c2");
	}

	@Test
	void findMatchesExactIdsOnly() {
		assertThat(branched().find("c1")).isPresent();
		assertThat(branched().find("c1branch")).isEmpty();
	}

	@Test
	void selfLoopIsRefused() {
		assertThatExceptionOfType(GraphIntegrityException.class).isThrownBy(() -> graph(rev("a", "a")))
			.withMessage("Self-loop is detected in revisions (a)");
	}

	@Test
	void dependencySelfLoopIsRefused() {
		assertThatExceptionOfType(GraphIntegrityException.class).isThrownBy(() -> graph(dependent(rev("a"), "a")))
			.withMessage("Dependency self-loop is detected in revisions (a)");
	}

	@Test
	void duplicateIdIsRefused() {
		assertThatExceptionOfType(GraphIntegrityException.class).isThrownBy(() -> graph(rev("a"), rev("a")))
			.withMessage("Revision a is present more than once");
	}

	@Test
	void missingParentIsRefused() {
		assertThatExceptionOfType(GraphIntegrityException.class).isThrownBy(() -> graph(rev("a"), rev("b", "x")))
			.withMessage("Revision x referenced from b is not present")
			.satisfies((ex) -> assertThat(ex.revisions()).containsExactly("b", "x"));
	}

	@Test
	void unresolvableDependencyIsRefused() {
		assertThatExceptionOfType(GraphIntegrityException.class)
			.isThrownBy(() -> graph(rev("a"), dependent(rev("b", "a"), "nothere")))
			.withMessageContaining("nothere");
	}

	@Test
	void cycleWithoutHeadsNamesEveryRevision() {
		assertThatExceptionOfType(GraphIntegrityException.class)
			.isThrownBy(() -> graph(rev("a"), rev("b", "a", "c"), rev("c", "b")))
			.withMessage("Cycle is detected in revisions (a, b, c)");
	}

	@Test
	void detachedCycleNamesItsRevisionsSorted() {
		assertThatExceptionOfType(GraphIntegrityException.class)
			.isThrownBy(() -> graph(rev("a"), rev("b", "a"), rev("e", "d"), rev("d", "e")))
			.withMessage("Cycle is detected in revisions (d, e)")
			.satisfies((ex) -> assertThat(ex.revisions()).containsExactly("d", "e"));
	}

	@Test
	void dependencyCycleIsRefused() {
		assertThatExceptionOfType(GraphIntegrityException.class)
			.isThrownBy(() -> graph(rev("a"), dependent(rev("b", "a"), "c"), rev("c", "b")))
			.withMessage("Dependency cycle is detected in revisions (a, b, c)");
	}

	@Test
	void duplicateBranchLabelIsRefused() {
		assertThatExceptionOfType(GraphIntegrityException.class)
			.isThrownBy(() -> graph(labelled("a", "x"), labelled("b", "x", "a")))
			.withMessage("Branch name 'x' in revision b already used by revision a");
	}

	@Test
	void illegalCharactersInIdAreRefused() {
		assertThatExceptionOfType(GraphIntegrityException.class).isThrownBy(() -> graph(rev("a-b:c")))
			.withMessage("Character(s) '-, :' not allowed in revision identifier 'a-b:c'");
	}

	@Test
	void emptyGraphHasNoHeads() {
		RevisionGraph graph = RevisionGraph.of(List.of());
		assertThat(graph.heads()).isEmpty();
		assertThat(graph.resolve("heads")).isEmpty();
	}

}
