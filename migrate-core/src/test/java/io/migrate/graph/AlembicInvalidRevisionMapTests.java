package io.migrate.graph;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

import static io.migrate.graph.Alembic.deps;
import static io.migrate.graph.Alembic.history;
import static io.migrate.graph.Alembic.map;
import static io.migrate.graph.Alembic.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Alembic tests/test_revision.py GraphWithLoopTest and GraphWithCycleTest (InvalidRevisionMapTest
 * helpers). Alembic's cycle regex accepts the ids in any order; we list them sorted, or in load
 * order when there is no head or no base at all, as Alembic does.
 *
 * <p>Not ported: DepResolutionFailedTest (it corrupts the map's internals, which a built graph
 * cannot be made to hold).
 */
class AlembicInvalidRevisionMapTests {

	private static void assertFails(ThrowingSupplier<RevisionGraph> build, String message) {
		assertThatExceptionOfType(GraphIntegrityException.class).isThrownBy(build::get).withMessage(message);
	}

	/** GraphWithLoopTest. */
	@Nested
	class Loops {

		@Test
		void aRevisionThatIsItsOwnParentIsASelfLoop() {
			assertFails(() -> map(rev("a", "a")), "Self-loop is detected in revisions (a)");
		}

		// test_revision_dupe_head
		@Test
		void aDependencyThatIsAlsoTheParentIsNoLoop() {
			RevisionGraph map = map(rev("user_foo"), deps(rev("user", "user_foo"), "user_foo"));
			assertThat(history(map, ":heads")).containsExactly("user", "user_foo");
		}

		// test_revision_map_no_loop_w_overlapping_substrings
		@Test
		void anIdThatIsAPrefixOfItsParentIsNoLoop() {
			assertThat(history(map(rev("user_foo"), rev("user", "user_foo")), ":heads")).containsExactly("user",
					"user_foo");
		}

		// test_revision_map_no_loop_w_overlapping_substrings_dependencies
		@Test
		void anIdThatIsAPrefixOfItsDependencyIsNoLoop() {
			assertThat(history(map(rev("user_foo"), deps(rev("user"), "user_foo")), ":heads")).containsExactly("user",
					"user_foo");
		}

		@Test
		void aSelfLoopAtTheBaseIsDetected() {
			assertFails(() -> map(rev("a", "a"), rev("b", "a"), rev("c", "b")), "Self-loop is detected in revisions (a)");
		}

		@Test
		void aSelfLoopAtTheHeadIsDetected() {
			assertFails(() -> map(rev("a"), rev("b", "a"), rev("c", "b", "c")), "Self-loop is detected in revisions (c)");
		}

		@Test
		void aSelfLoopAtABranchPointIsDetected() {
			assertFails(() -> map(rev("a"), rev("b", "a", "b"), rev("c1", "b"), rev("c2", "b")),
					"Self-loop is detected in revisions (b)");
		}

		@Test
		void aSelfLoopAtAMergePointIsDetected() {
			assertFails(() -> map(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("c", "b1", "b2", "c")),
					"Self-loop is detected in revisions (c)");
		}

		@Test
		void aRevisionThatDependsOnItselfIsADependencySelfLoop() {
			assertFails(() -> map(deps(rev("a"), "a")), "Dependency self-loop is detected in revisions (a)");
		}

		@Test
		void aDependencySelfLoopAtTheBaseIsDetected() {
			assertFails(() -> map(deps(rev("a"), "a"), rev("b", "a"), rev("c", "b")),
					"Dependency self-loop is detected in revisions (a)");
		}

		@Test
		void aDependencySelfLoopAtTheHeadIsDetected() {
			assertFails(() -> map(rev("a"), rev("b", "a"), deps(rev("c", "b"), "c")),
					"Dependency self-loop is detected in revisions (c)");
		}

		@Test
		void aDependencySelfLoopAtABranchPointIsDetected() {
			assertFails(() -> map(rev("a"), deps(rev("b", "a"), "b"), rev("c1", "b"), rev("c2", "b")),
					"Dependency self-loop is detected in revisions (b)");
		}

		@Test
		void aDependencySelfLoopAtAMergePointIsDetected() {
			assertFails(() -> map(rev("a"), rev("b1", "a"), rev("b2", "a"), deps(rev("c", "b1", "b2"), "c")),
					"Dependency self-loop is detected in revisions (c)");
		}

	}

	/** GraphWithCycleTest. */
	@Nested
	class Cycles {

		@Test
		void aSimpleCycleIsDetected() {
			assertFails(() -> map(rev("a", "c"), rev("b", "a"), rev("c", "b")), "Cycle is detected in revisions (a, b, c)");
		}

		@Test
		void aCycleBesideASoundTreeNamesOnlyTheCycle() {
			assertFails(() -> map(rev("a", "c"), rev("b", "a"), rev("c", "b"), rev("d"), rev("e", "d")),
					"Cycle is detected in revisions (a, b, c)");
		}

		@Test
		void aCycleBelowTheHeadNamesEverything() {
			assertFails(() -> map(rev("a", "c"), rev("b", "a"), rev("c", "b"), rev("d", "c"), rev("e", "d")),
					"Cycle is detected in revisions (a, b, c, d, e)");
		}

		@Test
		void aCycleAboveTheBaseNamesEverything() {
			assertFails(() -> map(rev("a"), rev("b", "a"), rev("c", "b", "e"), rev("d", "c"), rev("e", "d")),
					"Cycle is detected in revisions (a, b, c, d, e)");
		}

		@Test
		void aSimpleDependencyCycleIsDetected() {
			assertFails(() -> map(deps(rev("a"), "c"), rev("b", "a"), rev("c", "b")),
					"Dependency cycle is detected in revisions (a, b, c)");
		}

		@Test
		void aDependencyCycleBesideASoundTreeNamesOnlyTheCycle() {
			assertFails(() -> map(deps(rev("a"), "c"), rev("b", "a"), rev("c", "b"), rev("d"), rev("e", "d")),
					"Dependency cycle is detected in revisions (a, b, c)");
		}

		@Test
		void aDependencyCycleBelowTheHeadNamesEverything() {
			assertFails(() -> map(deps(rev("a"), "c"), rev("b", "a"), rev("c", "b"), rev("d", "c"), rev("e", "d")),
					"Dependency cycle is detected in revisions (a, b, c, d, e)");
		}

		@Test
		void aDependencyCycleAboveTheBaseNamesEverything() {
			assertFails(() -> map(rev("a"), rev("b", "a"), deps(rev("c", "b"), "e"), rev("d", "c"), rev("e", "d")),
					"Dependency cycle is detected in revisions (a, b, c, d, e)");
		}

	}

}
