package io.migrate.graph;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static io.migrate.graph.Alembic.history;
import static io.migrate.graph.Alembic.map;
import static io.migrate.graph.Alembic.rev;
import static io.migrate.graph.Alembic.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Alembic tests/test_revision.py: APITest, DiamondTest, EmptyMapTest, LongShortBranchTest.
 *
 * <p>Not ported: test_invalid_datatype and test_repr_revs (Python types and repr).
 */
class AlembicApiTests {

	private static RevisionGraph abc() {
		return map(rev("a"), rev("b", "a"), rev("c", "b"));
	}

	private static RevisionGraph twoHeads() {
		return map(rev("a"), rev("b", "a"), rev("c1", "b"), rev("c2", "b"));
	}

	// test_add_revision_one_head: we have no add_revision; the map built with d has head d
	@Test
	void linearMapHasItsLastRevisionAsOnlyHead() {
		assertThat(abc().heads()).containsExactly("c");
		assertThat(map(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "c")).heads()).containsExactly("d");
	}

	// test_add_revision_two_head
	@Test
	void addingAChildToTheFirstHeadListsTheHeadsInLoadOrder() {
		assertThat(twoHeads().heads()).containsExactly("c1", "c2");
		assertThat(map(rev("a"), rev("b", "a"), rev("c1", "b"), rev("c2", "b"), rev("d1", "c1")).heads())
			.containsExactly("c2", "d1");
	}

	// test_get_revision_head_single
	@Test
	void headResolvesToTheOnlyHead() {
		assertThat(abc().resolve("head")).containsExactly("c");
	}

	// test_get_revision_base_single
	@Test
	void baseResolvesToNothing() {
		assertThat(abc().resolve("base")).isEmpty();
	}

	// test_get_revision_head_multiple, test_get_revisions_head_multiple
	@Test
	void headWithTwoHeadsRaisesMultipleHeads() {
		assertThatExceptionOfType(MultipleHeadsException.class).isThrownBy(() -> twoHeads().resolve("head"))
			.withMessageStartingWith("Multiple heads are present");
	}

	// test_get_revision_heads_multiple: get_revision (one revision) of "heads"; a downgrade
	// target goes through get_revision
	@Test
	void singleRevisionLookupOfHeadsWithTwoHeadsRaisesMultipleHeads() {
		assertThatExceptionOfType(MultipleHeadsException.class)
			.isThrownBy(() -> twoHeads().planDowngrade("heads", rows("c1", "c2")))
			.withMessageStartingWith("Multiple heads are present");
	}

	// test_get_revisions_heads_multiple
	@Test
	void headsResolvesToEveryHead() {
		assertThat(twoHeads().resolve("heads")).containsExactly("c1", "c2");
	}

	// test_get_revision_base_multiple
	@Test
	void baseWithTwoBasesStillResolvesToNothing() {
		assertThat(map(rev("a"), rev("b", "a"), rev("c"), rev("d", "c")).resolve("base")).isEmpty();
	}

	// test_iterate_tolerates_dupe_targets: iterate(("c", "c"), "a", inclusive=False) gives c, b;
	// through history (inclusive) with duplicate rows as the upper bound
	@Test
	void duplicateTargetsAreTolerated() {
		assertThat(history(abc(), "a:current", "c", "c")).containsExactly("c", "b", "a");
	}

	/** DiamondTest. */
	@Nested
	class Diamond {

		@Test
		void iteratingADiamondVisitsBothSidesInDeclaredOrder() {
			RevisionGraph graph = map(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("c", "b1", "b2"), rev("d", "c"));
			assertThat(history(graph, "a:d")).containsExactly("d", "c", "b1", "b2", "a");
		}

	}

	/** EmptyMapTest (issue #258). */
	@Nested
	class EmptyMap {

		@Test
		void iteratingAnEmptyMapFromHeadToBaseGivesNothing() {
			assertThat(history(map(), "base:head")).isEmpty();
		}

	}

	/** LongShortBranchTest. */
	@Nested
	class LongShortBranch {

		@Test
		void fullIterationFinishesTheShortBranchFirst() {
			RevisionGraph graph = map(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("c1", "b1"), rev("d11", "c1"),
					rev("d12", "c1"));
			assertThat(history(graph, "base:heads")).containsExactly("b2", "d11", "d12", "c1", "b1", "a");
		}

	}

}
