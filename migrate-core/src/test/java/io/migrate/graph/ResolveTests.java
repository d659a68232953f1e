package io.migrate.graph;

import org.junit.jupiter.api.Test;

import static io.migrate.graph.Graphs.branched;
import static io.migrate.graph.Graphs.dependent;
import static io.migrate.graph.Graphs.graph;
import static io.migrate.graph.Graphs.linear;
import static io.migrate.graph.Graphs.rev;
import static io.migrate.graph.Graphs.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ResolveTests {

	private final RevisionGraph hex = graph(rev("27c6a30d7c24"), rev("27c6a30d7c25", "27c6a30d7c24"),
			rev("548bc9b4f6a0", "27c6a30d7c25"));

	@Test
	void headIsTheOnlyHead() {
		assertThat(linear().resolve("head")).containsExactly("e");
	}

	@Test
	void baseIsEmpty() {
		assertThat(linear().resolve("base")).isEmpty();
	}

	@Test
	void headsAreTheEffectiveHeads() {
		RevisionGraph graph = graph(rev("a1"), rev("a2", "a1"), rev("b1"), dependent(rev("b2", "b1"), "a2"));
		assertThat(graph.resolve("heads")).containsExactly("b2");
	}

	@Test
	void headWithSeveralHeadsNamesThem() {
		assertThatExceptionOfType(MultipleHeadsException.class).isThrownBy(() -> branched().resolve("head"))
			.withMessage("Multiple heads are present for given argument 'head'; d1, d2");
	}

	@Test
	void uniquePrefixResolves() {
		assertThat(this.hex.resolve("548")).containsExactly("548bc9b4f6a0");
	}

	@Test
	void ambiguousPrefixListsTheCandidates() {
		assertThatExceptionOfType(ResolutionException.class).isThrownBy(() -> this.hex.resolve("27c6"))
			.withMessage("Multiple revisions start with '27c6': '27c6a30d7c24', '27c6a30d7c25'...")
			.satisfies((ex) -> assertThat(ex.argument()).isEqualTo("27c6"));
	}

	@Test
	void unknownShortIdentifierAsksForFourCharacters() {
		assertThatExceptionOfType(ResolutionException.class).isThrownBy(() -> this.hex.resolve("zz"))
			.withMessage("No such revision or branch 'zz'; please ensure at least four characters are present for"
					+ " partial revision identifier matches");
	}

	@Test
	void labelResolvesToItsRevision() {
		assertThat(branched().resolve("c1branch")).containsExactly("c1");
	}

	@Test
	void labelAtHeadIsTheBranchHead() {
		assertThat(branched().resolve("c2branch@head")).containsExactly("d2");
	}

	@Test
	void labelAtBaseIsEmpty() {
		assertThat(branched().resolve("c2branch@base")).isEmpty();
	}

	@Test
	void labelAtHeadsFiltersByLineage() {
		assertThat(branched().resolve("c1branch@heads")).containsExactly("d1");
	}

	@Test
	void revisionCanServeAsBranch() {
		assertThat(branched().resolve("d1@b")).containsExactly("b");
	}

	@Test
	void revisionOutsideTheBranchIsNotAMember() {
		assertThatExceptionOfType(ResolutionException.class).isThrownBy(() -> branched().resolve("c1branch@d2"))
			.withMessage("Revision d2 is not a member of branch 'c1branch'")
			.satisfies((ex) -> assertThat(ex.argument()).isEqualTo("d2"));
	}

	@Test
	void unknownBranchIsReported() {
		assertThatExceptionOfType(ResolutionException.class).isThrownBy(() -> branched().resolve("nope@d1"))
			.withMessage("No such branch: 'nope'")
			.satisfies((ex) -> assertThat(ex.argument()).isEqualTo("nope"));
	}

	@Test
	void negativeNumberWalksDownFromTheHeads() {
		assertThat(linear().resolve("-2")).containsExactly("c");
	}

	@Test
	void labelNegativeNumberWalksDownThatBranch() {
		assertThat(branched().resolve("c1branch@-1")).containsExactly("c1");
	}

	@Test
	void currentKeepsOnlyTheTopOfEachBranch() {
		RevisionGraph graph = graph(rev("a1"), rev("a2", "a1"), rev("b1"), dependent(rev("b2", "b1"), "a2"));
		assertThat(graph.current(rows("b2"))).containsExactly("a2", "b2");
	}

}
