package io.migrate.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Helpers for the tests ported from Alembic's own suite (tests/test_revision.py,
 * tests/test_version_traversal.py). Fixture graphs are kept as Alembic writes them, in the same
 * load order; expected results are Alembic's.
 *
 * <p>Mapping of Alembic's internal calls onto our public API:
 * <ul>
 * <li>{@code _upgrade_revs(dest, source)} / {@code _downgrade_revs(dest, source)} (with
 * {@code _assert_upgrade}/{@code _assert_downgrade}): {@link RevisionGraph#planUpgrade} /
 * {@link RevisionGraph#planDowngrade}, checking the steps and the rows afterwards.</li>
 * <li>{@code iterate_revisions(upper, lower, inclusive=True)}: {@code history -r lower:upper},
 * which is exactly that call; a list as upper or lower is passed as the current rows with
 * {@code current} in the range.</li>
 * <li>{@code iterate_revisions(upper, lower, implicit_base=True, inclusive=False)}: the reverse of
 * {@code planUpgrade(upper, rows=lower)}.</li>
 * <li>{@code iterate_revisions(rows, target, select_for_downgrade=True)}: {@code planDowngrade};
 * Alembic's default {@code inclusive=True} also drops the target itself, which our downgrade
 * (like Alembic's command) never does, so those cases name the target's parent instead when that
 * is the same set.</li>
 * </ul>
 */
final class Alembic {

	private Alembic() {
	}

	static Revision rev(String id, String... parents) {
		return Revision.of(id, parents);
	}

	static Revision labels(Revision revision, String... labels) {
		return revision.withBranchLabels(Arrays.asList(labels));
	}

	static Revision deps(Revision revision, String... dependsOn) {
		return revision.withDependsOn(Arrays.asList(dependsOn));
	}

	static RevisionGraph map(Revision... revisions) {
		return RevisionGraph.of(List.of(revisions));
	}

	static List<String> rows(String... rows) {
		return List.of(rows);
	}

	static List<String> ids(Plan plan) {
		List<String> ids = new ArrayList<>();
		for (Step step : plan.steps()) {
			ids.add(step.revision());
		}
		return ids;
	}

	/** {@code _assert_upgrade(destination, source, expected, expected_heads)}. */
	static Plan assertUpgrade(RevisionGraph graph, String destination, List<String> source, List<String> expected,
			String... expectedHeads) {
		Plan plan = graph.planUpgrade(destination, source);
		assertThat(ids(plan)).as("upgrade %s from %s", destination, source).containsExactlyElementsOf(expected);
		assertThat(plan.steps()).allSatisfy((step) -> assertThat(step.direction()).isEqualTo(Direction.UPGRADE));
		assertThat(new HashSet<>(plan.rowsAfter())).as("rows after upgrade %s", destination)
			.isEqualTo(new HashSet<>(List.of(expectedHeads)));
		return plan;
	}

	/** {@code _assert_downgrade(destination, source, expected, expected_heads)}. */
	static Plan assertDowngrade(RevisionGraph graph, String destination, List<String> source, List<String> expected,
			String... expectedHeads) {
		Plan plan = graph.planDowngrade(destination, source);
		assertThat(ids(plan)).as("downgrade %s from %s", destination, source).containsExactlyElementsOf(expected);
		assertThat(plan.steps()).allSatisfy((step) -> assertThat(step.direction()).isEqualTo(Direction.DOWNGRADE));
		assertThat(new HashSet<>(plan.rowsAfter())).as("rows after downgrade %s", destination)
			.isEqualTo(new HashSet<>(List.of(expectedHeads)));
		return plan;
	}

	/** {@code iterate_revisions(upper, lower, inclusive=True)} through {@code history}. */
	static List<String> history(RevisionGraph graph, String range, String... rows) {
		return graph.history(range, List.of(rows));
	}

	/** The reverse of an upgrade plan: Alembic's iteration order with implicit_base. */
	static List<String> upgradeIteration(RevisionGraph graph, String upper, String... lower) {
		List<String> order = ids(graph.planUpgrade(upper, List.of(lower)));
		java.util.Collections.reverse(order);
		return order;
	}

	static List<String> list(String... ids) {
		return List.of(ids);
	}

	/** Alembic's {@code HeadMaintainer(mock.Mock(), heads)}: version rows to run steps against. */
	static HeadMaintainer maintainer(RevisionGraph graph, String... rows) {
		List<Integer> indexes = new ArrayList<>();
		for (String row : rows) {
			indexes.add(graph.nodes().byId.get(row));
		}
		return new HeadMaintainer(graph.nodes(), indexes);
	}

	/** {@code head.update_to_step(up_(rev))}; returns the rows afterwards. */
	static List<String> up(RevisionGraph graph, HeadMaintainer maintainer, String revision) {
		return maintainer.upgrade(graph.nodes().byId.get(revision)).rowsAfter();
	}

	/** {@code head.update_to_step(down_(rev))}; returns the rows afterwards. */
	static List<String> down(RevisionGraph graph, HeadMaintainer maintainer, String revision) {
		return maintainer.downgrade(graph.nodes().byId.get(revision)).rowsAfter();
	}

}
