package io.migrate.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Alembic's {@code _parse_upgrade_target} and {@code _collect_upgrade_revisions}: which revisions
 * an upgrade (or a history range) covers, and in which order (reference sections 4, 5, 9).
 */
final class UpgradePlanner {

	private final Nodes nodes;

	private final Resolver resolver;

	UpgradePlanner(Nodes nodes, Resolver resolver) {
		this.nodes = nodes;
		this.resolver = resolver;
	}

	Plan plan(String destination, List<String> rows) {
		List<Integer> current = resolveRows(this.resolver, rows);
		List<Integer> targets = parseTarget(destination, rows, true);
		BitSet needs = this.nodes.ancestorsChecked(targets);
		needs.andNot(this.nodes.ancestorsChecked(current));
		List<Integer> order = TopologicalSorter.sort(this.nodes, needs, targets);
		Collections.reverse(order);
		HeadMaintainer maintainer = new HeadMaintainer(this.nodes, current);
		List<String> before = maintainer.sortedRows();
		List<Step> steps = new ArrayList<>(order.size());
		for (int revision : order) {
			steps.add(maintainer.upgrade(revision));
		}
		return new Plan(before, maintainer.sortedRows(), steps);
	}

	/**
	 * {@code _collect_upgrade_revisions} with {@code implicit_base=False, inclusive=True}, as
	 * {@code walk_revisions} (history) uses it; {@code upper}/{@code lower} are one symbol or rows.
	 */
	List<Integer> range(List<String> upper, boolean upperIsSymbol, List<String> lower, boolean lowerIsSymbol) {
		List<Integer> targets = upperIsSymbol ? parseTarget(upper.get(0), lower, false)
				: this.resolver.getRevisions(upper);
		for (int target : targets) {
			if (target == Resolver.OVERWALK) {
				throw new RevisionException("Walked too far");
			}
		}
		targets = new ArrayList<>(targets.stream().filter((target) -> target >= 0).toList());
		if (lowerIsSymbol && lower.get(0).contains("@")) {
			String branch = lower.get(0).substring(0, lower.get(0).indexOf('@'));
			int branchRevision = this.resolver.getRevision(branch);
			if (branchRevision >= 0 && this.nodes.ids[branchRevision].equals(branch)) {
				Set<String> labels = this.nodes.labels[branchRevision];
				if (labels.size() != 1) {
					throw new RevisionException("Revision " + branch + " is not on exactly one labelled branch");
				}
				branch = labels.iterator().next();
			}
			String label = branch;
			targets = new ArrayList<>(targets.stream().filter((t) -> this.nodes.labels[t].contains(label)).toList());
		}
		BitSet required = this.nodes.ancestorsChecked(targets);
		List<Integer> current = new ArrayList<>();
		for (int revision : this.resolver.getRevisions(lower)) {
			if (revision == Resolver.OVERWALK) {
				// Alembic re-walks with over-walk allowed: the start clamps at base
				current.clear();
				break;
			}
			if (revision >= 0) {
				if (!required.get(revision)) {
					throw new RangeNotAncestorException(String.join(", ", lower), String.join(", ", upper));
				}
				current.add(revision);
			}
		}
		BitSet needs = (BitSet) required.clone();
		needs.andNot(this.nodes.ancestorsChecked(current));
		for (int revision : current) {
			needs.set(revision);
		}
		if (!current.isEmpty()) {
			needs.and(this.nodes.descendants(current, false));
		}
		return TopologicalSorter.sort(this.nodes, needs, targets);
	}

	/** {@code _parse_upgrade_target}; never returns markers, an empty list stands for base. */
	List<Integer> parseTarget(String target, List<String> currentRevisions, boolean noOverwalk) {
		Matcher match = Resolver.relative(target);
		if (match == null) {
			return this.resolver.getRevisions(target).stream().filter((revision) -> revision >= 0).toList();
		}
		String branch = match.group(1);
		String symbol = match.group(2);
		String relativeText = match.group(3);
		int relative = (int) Resolver.parse(relativeText);
		if (relative > 0) {
			if (symbol == null) {
				int start = startForRelativeUpgrade(branch, currentRevisions);
				int revision = this.resolver.walk(start, relative, branch, noOverwalk);
				if (revision == Resolver.OVERWALK) {
					throw new RevisionException("Relative revision " + relativeText + " didn't produce "
							+ Math.abs(relative) + " migrations");
				}
				return single(revision);
			}
			int revision = this.resolver.walk(this.resolver.getRevision(symbol), relative, branch, noOverwalk);
			if (revision == Resolver.OVERWALK) {
				throw new RevisionException(
						"Walked too far: " + target + " goes past the last revision above " + symbol);
			}
			return single(revision);
		}
		if (symbol == null) {
			throw new RevisionException(
					"Relative revision " + relative + " didn't produce " + Math.abs(relative) + " migrations");
		}
		int start = (branch == null) ? this.resolver.getRevision(symbol)
				: this.resolver.getRevision(branch + "@" + symbol);
		int revision = this.resolver.walk(start, relative, null, noOverwalk);
		if (revision == Resolver.OVERWALK) {
			throw new RevisionException("Walked too far: " + target + " goes past base");
		}
		return single(revision);
	}

	private int startForRelativeUpgrade(String branch, List<String> currentRevisions) {
		List<String> rows = currentRevisions;
		if (branch == null) {
			if (new LinkedHashSet<>(rows).size() > 1) {
				throw new RevisionException("Ambiguous upgrade from multiple current revisions");
			}
			return rows.isEmpty() ? Resolver.NONE : this.resolver.getRevision(rows.get(0));
		}
		List<Integer> current = this.resolver.getRevisions(rows).stream().filter((r) -> r >= 0).toList();
		List<Integer> start = this.resolver.filterForLineage(current, branch, false);
		if (start.isEmpty()) {
			BitSet applied = this.nodes.ancestors(current, true);
			List<Integer> active = this.resolver.filterForLineage(bits(applied), branch, false);
			Set<Integer> below = new HashSet<>();
			for (int revision : active) {
				for (int parent : this.nodes.normDown[revision]) {
					below.add(parent);
				}
			}
			start = active.stream().filter((revision) -> !below.contains(revision)).toList();
		}
		if (new LinkedHashSet<>(start).size() > 1) {
			throw new RevisionException("Ambiguous upgrade from multiple current revisions");
		}
		return start.isEmpty() ? Resolver.NONE : start.get(0);
	}

	private static List<Integer> single(int revision) {
		return (revision >= 0) ? List.of(revision) : List.of();
	}

	static List<Integer> bits(BitSet set) {
		List<Integer> list = new ArrayList<>(set.cardinality());
		for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
			list.add(i);
		}
		return list;
	}

	/** Version rows as revisions; an unknown row fails like an unknown target. */
	static List<Integer> resolveRows(Resolver resolver, List<String> rows) {
		List<Integer> result = new ArrayList<>(rows.size());
		for (String row : rows) {
			int revision = resolver.revisionForIdent(row, null);
			if (revision >= 0 && !result.contains(revision)) {
				result.add(revision);
			}
		}
		return result;
	}

}
