package io.migrate.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;

/**
 * Alembic's {@code ScriptDirectory._stamp_revs} and {@code StampStep} (reference section 8),
 * refusing a stamp that names a revision together with one of its own descendants.
 *
 * <p>With {@code purge}, the plan starts with a stamp step (revision null) deleting every row,
 * since Alembic empties the table before stamping.
 */
final class StampPlanner {

	private final Nodes nodes;

	private final Resolver resolver;

	StampPlanner(Nodes nodes, Resolver resolver) {
		this.nodes = nodes;
		this.resolver = resolver;
	}

	Plan plan(List<String> destinations, List<String> rowValues, boolean purge) {
		List<String> given = destinations.isEmpty() ? List.of("base") : destinations;
		List<Integer> initial = UpgradePlanner.resolveRows(this.resolver, rowValues);
		LinkedHashSet<Integer> rows = new LinkedHashSet<>(initial);
		List<String> before = sorted(rows);
		List<Step> steps = new ArrayList<>();
		if (purge && !rows.isEmpty()) {
			List<RowChange> changes = new ArrayList<>();
			for (String row : before) {
				changes.add(RowChange.delete(row));
			}
			rows.clear();
			steps.add(new Step(Direction.STAMP, null, changes, before, List.of()));
		}
		List<Integer> current = new ArrayList<>(rows);
		LinkedHashSet<Integer> filtered = new LinkedHashSet<>();
		for (String destination : given) {
			if (destination != null && !destination.isEmpty()) {
				filtered.addAll(this.resolver.filterForLineage(current, destination, true));
			}
		}
		List<Integer> dests = new ArrayList<>();
		for (String destination : given) {
			for (int revision : this.resolver.getRevisions(destination)) {
				if (revision == Resolver.OVERWALK) {
					throw new RevisionException("Relative revision " + destination + " goes past base");
				}
				if (revision >= 0) {
					dests.add(revision);
				}
			}
		}
		refuseRelated(dests);
		if (dests.isEmpty()) {
			for (int row : filtered) {
				steps.add(step(rows, null, List.of(RowChange.delete(this.nodes.ids[row]))));
				rows.remove(row);
			}
			return new Plan(before, sorted(rows), steps);
		}
		for (int destination : dests) {
			if (filtered.contains(destination)) {
				continue;
			}
			String id = this.nodes.ids[destination];
			BitSet descendants = this.nodes.descendants(List.of(destination), true);
			BitSet ancestors = this.nodes.ancestors(List.of(destination), true);
			boolean below = filtered.stream().anyMatch(descendants::get);
			boolean above = !below && filtered.stream().anyMatch(ancestors::get);
			List<RowChange> changes = new ArrayList<>();
			if (below || above) {
				List<Integer> present = filtered.stream().filter(rows::contains).toList();
				if ((above && present.size() != filtered.size()) || present.isEmpty()) {
					changes.add(RowChange.insert(id));
				}
				else {
					for (int i = 0; i < present.size() - 1; i++) {
						changes.add(RowChange.delete(this.nodes.ids[present.get(i)]));
					}
					changes.add(RowChange.update(this.nodes.ids[present.get(present.size() - 1)], id));
				}
			}
			else {
				changes.add(RowChange.insert(id));
			}
			steps.add(step(rows, id, changes));
		}
		return new Plan(before, sorted(rows), steps);
	}

	private Step step(LinkedHashSet<Integer> rows, String revision, List<RowChange> changes) {
		List<String> before = sorted(rows);
		for (RowChange change : changes) {
			if (change.from() != null) {
				rows.remove(this.nodes.byId.get(change.from()));
			}
			if (change.to() != null) {
				rows.add(this.nodes.byId.get(change.to()));
			}
		}
		return new Step(Direction.STAMP, revision, changes, before, sorted(rows));
	}

	private void refuseRelated(List<Integer> dests) {
		if (dests.size() < 2) {
			return;
		}
		BitSet targets = new BitSet(this.nodes.size);
		for (int destination : dests) {
			targets.set(destination);
		}
		for (int destination : dests) {
			BitSet above = this.nodes.descendants(List.of(destination), true);
			above.clear(destination);
			above.and(targets);
			if (!above.isEmpty()) {
				throw new RevisionException("Cannot stamp " + this.nodes.ids[destination] + " together with its"
						+ " descendant " + this.nodes.ids[above.nextSetBit(0)] + "; name one revision per branch");
			}
		}
	}

	private List<String> sorted(Iterable<Integer> rows) {
		TreeSet<String> sorted = new TreeSet<>();
		for (int row : rows) {
			sorted.add(this.nodes.ids[row]);
		}
		return List.copyOf(sorted);
	}

}
