package io.migrate.graph;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static io.migrate.graph.Alembic.assertDowngrade;
import static io.migrate.graph.Alembic.assertUpgrade;
import static io.migrate.graph.Alembic.list;
import static io.migrate.graph.Alembic.maintainer;
import static io.migrate.graph.Alembic.map;
import static io.migrate.graph.Alembic.rev;
import static io.migrate.graph.Alembic.rows;
import static io.migrate.graph.Alembic.up;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alembic tests/test_version_traversal.py BranchFromMergepointTest,
 * BranchFrom3WayMergepointTest, TwinMergeTest (#297) and NotQuiteTwinMergeTest.
 */
class AlembicMergepointTests {

	/** BranchFromMergepointTest: d1 merges c1 and c2, and c2 goes on into d2. */
	@Nested
	class BranchFromMergepoint {

		private final RevisionGraph env = map(rev("a1"), rev("b1", "a1"), rev("c1", "b1"), rev("a2"), rev("b2", "a2"),
				rev("c2", "b2"), rev("d1", "c1", "c2"), rev("d2", "c2"));

		@Test
		void upgradeToTheMergepointFromOneSideRunsOnlyThatSide() {
			assertUpgrade(this.env, "d1", rows("d2", "b1"), list("c1", "d1"), "d2", "d1");
		}

		@Test
		void downgradeBelowTheMergepointOnOneSideKeepsTheOtherSide() {
			assertDowngrade(this.env, "b1", rows("d2", "d1"), list("d1", "c1"), "d2", "b1");
		}

	}

	/** BranchFrom3WayMergepointTest: d1 merges c1, c2 and c3; c2 and c3 go on into d2 and d3. */
	@Nested
	class BranchFrom3WayMergepoint {

		private final RevisionGraph env = map(rev("a1"), rev("b1", "a1"), rev("c1", "b1"), rev("a2"), rev("b2", "a2"),
				rev("c2", "b2"), rev("a3"), rev("b3", "a3"), rev("c3", "b3"), rev("d1", "c1", "c2", "c3"),
				rev("d2", "c2"), rev("d3", "c3"));

		@Test
		void upgradeToTheMergepointFromOneSideRunsOnlyThatSide() {
			assertUpgrade(this.env, "d1", rows("d3", "d2", "b1"), list("c1", "d1"), "d3", "d2", "d1");
		}

		@Test
		void downgradeBelowTheMergepointOnOneSideKeepsTheOtherSides() {
			assertDowngrade(this.env, "b1", rows("d3", "d2", "d1"), list("d1", "c1"), "d3", "d2", "b1");
		}

		@Test
		void upgradeToTheMergepointFromTwoSidesMergesThemAndTheThirdBreaksOutAgain() {
			assertUpgrade(this.env, "d1", rows("d3", "b2", "b1"), list("c2", "c1", "d1"), "d3", "d1");
			assertUpgrade(this.env, "d2", rows("d3", "d1"), list("d2"), "d3", "d2", "d1");
		}

	}

	/** TwinMergeTest (#297): two mergepoints of the same three branches. */
	@Nested
	class TwinMerge {

		private final RevisionGraph env = map(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("b3", "a"),
				rev("c1", "b1", "b2", "b3"), rev("c2", "b1", "b2", "b3"), rev("d1", "c1"), rev("d2", "c2"));

		@Test
		void rowsFollowEachStepThroughBothMergepoints() {
			HeadMaintainer head = maintainer(this.env, "a");
			assertThat(up(this.env, head, "b3")).containsExactly("b3");
			assertThat(up(this.env, head, "b1")).containsExactly("b1", "b3");
			assertThat(up(this.env, head, "b2")).containsExactly("b1", "b2", "b3");
			assertThat(up(this.env, head, "c2")).containsExactly("c2");
			assertThat(up(this.env, head, "d2")).containsExactly("d2");
			assertThat(up(this.env, head, "c1")).containsExactly("c1", "d2");
			assertThat(up(this.env, head, "d1")).containsExactly("d1", "d2");
		}

	}

	/** NotQuiteTwinMergeTest: c1 merges b1 and b2, c2 merges b2 and b3. */
	@Nested
	class NotQuiteTwinMerge {

		private final RevisionGraph env = map(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("b3", "a"),
				rev("c1", "b1", "b2"), rev("c2", "b2", "b3"), rev("d1", "c1"), rev("d2", "c2"));

		@Test
		void rowsFollowEachStepThroughOverlappingMergepoints() {
			HeadMaintainer head = maintainer(this.env, "a");
			assertThat(up(this.env, head, "b2")).containsExactly("b2");
			assertThat(up(this.env, head, "b3")).containsExactly("b2", "b3");
			assertThat(up(this.env, head, "c2")).containsExactly("c2");
			assertThat(up(this.env, head, "d2")).containsExactly("d2");
			assertThat(up(this.env, head, "b1")).containsExactly("b1", "d2");
			assertThat(up(this.env, head, "c1")).containsExactly("c1", "d2");
			assertThat(up(this.env, head, "d1")).containsExactly("d1", "d2");
		}

	}

}
