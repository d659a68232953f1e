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

/**
 * Alembic tests/test_script_consumption.py ApplyVersionsFunctionalTest.test_steps: the plans of
 * its seven commands on a - b - c, each starting from the rows the previous one left.
 */
class AlembicApplyVersionsTests {

	private final RevisionGraph env = map(rev("a"), rev("b", "a"), rev("c", "b"));

	@Test
	void upgradeDowngradeUpgradeAgainAndStampFollowTheRows() {
		assertUpgrade(this.env, "c", rows(), list("a", "b", "c"), "c");
		assertDowngrade(this.env, "a", rows("c"), list("c", "b"), "a");
		assertDowngrade(this.env, "base", rows("a"), list("a"));
		assertUpgrade(this.env, "b", rows(), list("a", "b"), "b");
		assertUpgrade(this.env, "b", rows("b"), list(), "b");
		Plan stamp = this.env.planStamp(List.of("c"), rows("b"), false);
		assertThat(stamp.steps()).singleElement().satisfies((step) -> {
			assertThat(step.direction()).isEqualTo(Direction.STAMP);
			assertThat(step.rowChanges()).containsExactly(RowChange.update("b", "c"));
		});
	}

}
