package io.migrate.graph;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.migrate.graph.Graphs.branched;
import static io.migrate.graph.Graphs.graph;
import static io.migrate.graph.Graphs.linear;
import static io.migrate.graph.Graphs.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class NewRevisionTests {

	@Test
	void newRevisionDefaultsToTheHead() {
		assertThat(linear().newRevisionParents(List.of(), false)).containsExactly("e");
	}

	@Test
	void firstRevisionHasNoParent() {
		assertThat(RevisionGraph.of(List.of()).newRevisionParents(List.of(), false)).isEmpty();
	}

	@Test
	void newRevisionWithSeveralHeadsNeedsAHead() {
		assertThatExceptionOfType(RevisionException.class)
			.isThrownBy(() -> branched().newRevisionParents(List.of(), false))
			.withMessage("Multiple heads are present; please specify the head revision on which the new revision"
					+ " should be based, or perform a merge. (heads: d1, d2)");
	}

	@Test
	void mergeOfHeadsTakesEveryHeadInLoadOrder() {
		assertThat(branched().newRevisionParents(List.of("heads"), false)).containsExactly("d1", "d2");
	}

	@Test
	void nonHeadParentNeedsSplice() {
		assertThatExceptionOfType(RevisionException.class)
			.isThrownBy(() -> linear().newRevisionParents(List.of("b"), false))
			.withMessage("Revision b is not a head revision; please specify --splice to create a new branch from"
					+ " this revision");
	}

	@Test
	void spliceAllowsANonHeadParent() {
		assertThat(linear().newRevisionParents(List.of("b"), true)).containsExactly("b");
	}

	@Test
	void repeatedParentsAreRefused() {
		assertThatExceptionOfType(RevisionException.class)
			.isThrownBy(() -> branched().newRevisionParents(List.of("d1", "d1"), false))
			.withMessage("Duplicate head revisions specified");
	}

	@Test
	void baseHeadStartsANewBranch() {
		assertThat(linear().newRevisionParents(List.of("base"), false)).isEmpty();
	}

	@Test
	void dependsOnKeepsLabelsAndExpandsPrefixes() {
		RevisionGraph graph = graph(rev("abcdef1"), Graphs.labelled("fedcba1", "other"));
		assertThat(graph.normalizeDependsOn(List.of("abcd", "other"))).containsExactly("abcdef1", "other");
	}

	@Test
	void unknownDependencyIsRefused() {
		assertThatExceptionOfType(ResolutionException.class)
			.isThrownBy(() -> linear().normalizeDependsOn(List.of("zzzz")));
	}

}
