package io.migrate.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Alembic's {@code _parse_downgrade_target} and {@code _collect_downgrade_revisions}
 * (reference sections 4, 6), with one deviation: a plain {@code -N} while several revisions are
 * current is refused instead of warned about.
 */
final class DowngradePlanner {

	private final Nodes nodes;

	private final Resolver resolver;

	DowngradePlanner(Nodes nodes, Resolver resolver) {
		this.nodes = nodes;
		this.resolver = resolver;
	}

	Plan plan(String destination, List<String> rows) {
		List<Integer> current = UpgradePlanner.resolveRows(this.resolver, rows);
		Target target = parseTarget(destination, rows);
		int revision = (target.revision == Resolver.BASE) ? Resolver.NONE : target.revision;
		List<Integer> roots = new ArrayList<>();
		if (revision == Resolver.NONE) {
			for (int base : this.nodes.bases) {
				roots.add(base);
			}
		}
		else {
			roots.addAll(Nodes.list(this.nodes.next[revision]));
		}
		if (target.branch != null && !target.branch.isEmpty() && roots.size() > 1) {
			BitSet ancestors = this.nodes.ancestors(List.of(this.resolver.resolveBranch(target.branch)), false);
			roots = new ArrayList<>(roots.stream().filter(ancestors::get).toList());
			if (roots.isEmpty()) {
				throw new RevisionException("Not a valid downgrade target from current heads");
			}
		}
		BitSet drop = this.nodes.descendants(roots, true);
		drop.and(this.nodes.ancestors(current, true));
		if (revision != Resolver.NONE && drop.isEmpty() && !current.contains(revision)) {
			throw new RangeNotAncestorException(this.nodes.ids[revision],
					rows.isEmpty() ? null : String.join(", ", new LinkedHashSet<>(rows)));
		}
		List<Integer> order = TopologicalSorter.sort(this.nodes, drop, current);
		HeadMaintainer maintainer = new HeadMaintainer(this.nodes, current);
		List<String> before = maintainer.sortedRows();
		List<Step> steps = new ArrayList<>(order.size());
		for (int node : order) {
			steps.add(maintainer.downgrade(node));
		}
		return new Plan(before, maintainer.sortedRows(), steps);
	}

	private Target parseTarget(String target, List<String> rows) {
		Matcher match = Resolver.relative(target);
		if (match != null) {
			String branch = match.group(1);
			String symbol = match.group(2);
			String relativeText = match.group(3);
			int relative = (int) Resolver.parse(relativeText);
			if (relative >= 0) {
				if (symbol == null) {
					throw new RevisionException("Relative revision " + relativeText + " didn't produce "
							+ Math.abs(relative) + " migrations");
				}
				int revision = this.resolver.walk(this.resolver.getRevision(symbol), relative, branch, true);
				if (revision == Resolver.OVERWALK) {
					throw new RevisionException("Walked too far");
				}
				return new Target(branch, revision);
			}
			boolean relativeToRows = symbol == null;
			if (relativeToRows) {
				if (branch != null) {
					symbol = rowOnBranch(branch, rows, relativeText, relative);
				}
				else {
					LinkedHashSet<String> distinct = new LinkedHashSet<>(rows);
					if (distinct.isEmpty()) {
						throw new RevisionException("Relative revision " + relativeText + " didn't produce "
								+ Math.abs(relative) + " migrations");
					}
					if (distinct.size() > 1) {
						throw new RevisionException("Downgrade " + target + " is ambiguous while several revisions"
								+ " are current (" + String.join(", ", distinct) + "); name a branch, e.g. '"
								+ distinct.iterator().next() + "@" + relativeText + "'");
					}
					symbol = rows.get(0);
					branch = symbol;
				}
			}
			int start = (branch == null) ? this.resolver.getRevision(symbol)
					: this.resolver.getRevision(branch + "@" + symbol);
			int revision = this.resolver.walk(start, relative, null, true);
			if (revision == Resolver.OVERWALK) {
				throw new RevisionException(relativeToRows
						? "Relative revision " + relativeText + " didn't produce " + Math.abs(relative) + " migrations"
						: "Walked too far");
			}
			return new Target(branch, revision);
		}
		int at = target.lastIndexOf('@');
		String branch = (at > 0) ? target.substring(0, at) : null;
		return new Target(branch, this.resolver.getRevision(target.substring(at + 1)));
	}

	private String rowOnBranch(String branch, List<String> rows, String relativeText, int relative) {
		List<Integer> current = UpgradePlanner.resolveRows(this.resolver, rows);
		List<Integer> onBranch = this.resolver.filterForLineage(current, branch, false);
		if (onBranch.isEmpty()) {
			List<Integer> all = new ArrayList<>(new CurrentRevisions(this.nodes).of(current));
			onBranch = this.resolver.filterForLineage(all, branch, false);
		}
		if (onBranch.isEmpty()) {
			throw new RevisionException(
					"Relative revision " + relativeText + " didn't produce " + Math.abs(relative) + " migrations");
		}
		if (onBranch.size() > 1) {
			throw new RevisionException("Ambiguous downgrade " + branch + "@" + relativeText
					+ ": several current revisions are on branch '" + branch + "'");
		}
		return this.nodes.ids[onBranch.get(0)];
	}

	private record Target(String branch, int revision) {
	}

}
