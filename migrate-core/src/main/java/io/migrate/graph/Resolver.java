package io.migrate.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alembic's identifier resolution ({@code get_revisions}, {@code get_revision},
 * {@code _revision_for_ident}, {@code _resolve_branch}, {@code filter_for_lineage},
 * {@code _walk}). Results are node indexes, with markers for Alembic's {@code None} and
 * {@code "base"}.
 */
final class Resolver {

	/** Alembic's {@code None}: no revision, i.e. base. */
	static final int NONE = -1;

	/** Alembic's {@code "base"} string, returned by a walk down past the first revision. */
	static final int BASE = -2;

	/** A walk that went past the end of the graph. */
	static final int OVERWALK = -3;

	/** Alembic's {@code _relative_destination}, used with {@code re.match} (a prefix match). */
	static final Pattern RELATIVE = Pattern.compile("(?:(.+?)@)?(\\w+)?((?:\\+|-)\\d+)",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern INTEGER = Pattern.compile("\\s*[+-]?\\d+\\s*");

	private final Nodes nodes;

	Resolver(Nodes nodes) {
		this.nodes = nodes;
	}

	/** {@code _resolve_revision_number}: the ids a symbol stands for, and the branch part. */
	private Resolved resolveNumber(String id) {
		String branch = null;
		String rest = id;
		if (id != null && id.contains("@")) {
			int at = id.indexOf('@');
			branch = id.substring(0, at);
			rest = id.substring(at + 1);
		}
		if ("heads".equals(rest)) {
			if (branch != null && !branch.isEmpty()) {
				return new Resolved(this.nodes.names(filterForLineage(Nodes.list(this.nodes.heads), branch, false)),
						branch);
			}
			return new Resolved(this.nodes.names(this.nodes.realHeads), branch);
		}
		if ("head".equals(rest)) {
			int head = currentHead(branch);
			return new Resolved((head >= 0) ? List.of(this.nodes.ids[head]) : List.of(), branch);
		}
		if (rest == null || "base".equals(rest)) {
			return new Resolved(List.of(), branch);
		}
		return new Resolved(List.of(rest), branch);
	}

	/** {@code get_current_head}: the only head sharing lineage with the branch, or NONE. */
	int currentHead(String branch) {
		List<Integer> heads = Nodes.list(this.nodes.heads);
		if (branch != null && !branch.isEmpty()) {
			heads = filterForLineage(heads, branch, false);
		}
		if (heads.size() > 1) {
			throw new MultipleHeadsException(this.nodes.names(heads),
					(branch != null && !branch.isEmpty()) ? branch + "@head" : "head");
		}
		return heads.isEmpty() ? NONE : heads.get(0);
	}

	/** {@code get_revisions} of one string; may hold BASE or OVERWALK from a {@code -N} walk. */
	List<Integer> getRevisions(String id) {
		Resolved resolved = resolveNumber(id);
		if (resolved.ids.size() == 1 && INTEGER.matcher(resolved.ids.get(0)).matches()) {
			long steps = parse(resolved.ids.get(0));
			if (steps < 0) {
				List<Integer> heads = getRevisions("heads");
				List<Integer> result = new ArrayList<>();
				for (int head : heads) {
					if (resolved.branch == null || this.nodes.labels[head].contains(resolved.branch)) {
						result.add(walk(head, (int) steps, null, true));
					}
				}
				return result;
			}
		}
		List<Integer> result = new ArrayList<>();
		for (String ident : resolved.ids) {
			result.add(revisionForIdent(ident, resolved.branch));
		}
		return result;
	}

	/** {@code get_revisions} of several strings. */
	List<Integer> getRevisions(Collection<String> ids) {
		List<Integer> result = new ArrayList<>();
		for (String id : ids) {
			result.addAll(getRevisions(id));
		}
		return result;
	}

	/** {@code get_revision}: one revision or NONE. */
	int getRevision(String id) {
		Resolved resolved = resolveNumber(id);
		if (resolved.ids.size() > 1) {
			throw new MultipleHeadsException(resolved.ids, id);
		}
		return revisionForIdent(resolved.ids.isEmpty() ? null : resolved.ids.get(0), resolved.branch);
	}

	/** {@code _resolve_branch}: a label or id, else a revision prefix. */
	int resolveBranch(String branch) {
		Integer exact = this.nodes.keys.get(branch);
		if (exact != null) {
			return exact;
		}
		try {
			return revisionForIdent(branch, null);
		}
		catch (ResolutionException ex) {
			throw new ResolutionException("No such branch: '" + branch + "'", branch);
		}
	}

	/** {@code _revision_for_ident}. */
	int revisionForIdent(String ident, String checkBranch) {
		boolean checking = checkBranch != null && !checkBranch.isEmpty();
		int branchRevision = checking ? resolveBranch(checkBranch) : NONE;
		if (ident == null || ident.isEmpty()) {
			return NONE;
		}
		Integer revision = this.nodes.keys.get(ident);
		if (revision == null) {
			List<Map.Entry<String, Integer>> matches = prefixMatches(ident);
			if (checking) {
				BitSet related = lineage(checkBranch, false);
				if (related != null) {
					matches = matches.stream().filter((key) -> related.get(key.getValue())).toList();
				}
			}
			if (matches.isEmpty()) {
				throw new ResolutionException("No such revision or branch '" + ident + "'"
						+ ((ident.length() < 4) ? "; please ensure at least four characters are present for partial"
								+ " revision identifier matches" : ""),
						ident);
			}
			if (matches.size() > 1) {
				List<String> first = new ArrayList<>();
				for (int i = 0; i < Math.min(3, matches.size()); i++) {
					first.add("'" + matches.get(i).getKey() + "'");
				}
				throw new ResolutionException(
						"Multiple revisions start with '" + ident + "': " + String.join(", ", first) + "...", ident);
			}
			revision = matches.get(0).getValue();
		}
		if (checking && !sharesLineage(revision, List.of(branchRevision), false)) {
			throw new ResolutionException(
					"Revision " + this.nodes.ids[revision] + " is not a member of branch '" + checkBranch + "'",
					ident);
		}
		return revision;
	}

	// Keys of length > 3 starting with the prefix, in map order (ids in load order, then labels).
	private List<Map.Entry<String, Integer>> prefixMatches(String prefix) {
		List<Map.Entry<String, Integer>> found = new ArrayList<>();
		for (Map.Entry<String, Integer> key : this.nodes.sortedKeys.tailMap(prefix, true).entrySet()) {
			if (!key.getKey().startsWith(prefix)) {
				break;
			}
			if (key.getKey().length() > 3) {
				found.add(key);
			}
		}
		found.sort(Map.Entry.comparingByValue());
		List<Map.Entry<String, Integer>> result = new ArrayList<>();
		for (Map.Entry<String, Integer> key : found) {
			result.add(Map.entry(key.getKey(), this.nodes.keys.get(key.getKey())));
		}
		return result;
	}

	/** {@code filter_for_lineage}: the targets related (ancestor or descendant) to the symbol. */
	List<Integer> filterForLineage(List<Integer> targets, String checkAgainst, boolean deps) {
		BitSet lineage = lineage(checkAgainst, deps);
		if (lineage == null) {
			return new ArrayList<>(targets);
		}
		List<Integer> result = new ArrayList<>();
		for (int target : targets) {
			if (target >= 0 && lineage.get(target)) {
				result.add(target);
			}
		}
		return result;
	}

	/** Everything related to the symbol, or null when the symbol names nothing (all match). */
	BitSet lineage(String checkAgainst, boolean deps) {
		Resolved resolved = resolveNumber(checkAgainst);
		List<String> shares = new ArrayList<>();
		if (resolved.branch != null && !resolved.branch.isEmpty()) {
			shares.add(resolved.branch);
		}
		shares.addAll(resolved.ids);
		if (shares.isEmpty()) {
			return null;
		}
		List<Integer> against = new ArrayList<>();
		for (String share : shares) {
			against.add(revisionForIdent(share, null));
		}
		return lineageOf(against, deps);
	}

	BitSet lineageOf(List<Integer> against, boolean deps) {
		BitSet lineage = this.nodes.ancestors(against, deps);
		lineage.or(this.nodes.descendants(against, deps));
		return lineage;
	}

	boolean sharesLineage(int target, List<Integer> against, boolean deps) {
		if (against.isEmpty()) {
			return true;
		}
		return lineageOf(against, deps).get(target);
	}

	/**
	 * {@code _walk}: {@code steps} up (positive) or down (negative) from {@code start}; returns
	 * OVERWALK past the end when {@code noOverwalk}, else stops where it is.
	 */
	int walk(int start, int steps, String branch, boolean noOverwalk) {
		int current = start;
		BitSet lineage = null;
		boolean lineageKnown = false;
		for (int i = 0; i < Math.abs(steps); i++) {
			List<Integer> children;
			if (steps > 0) {
				if (current == BASE) {
					throw new RevisionException("Walked too far");
				}
				children = Nodes.list((current == NONE) ? this.nodes.bases : this.nodes.next[current]);
				if (branch != null && !branch.isEmpty()) {
					if (!lineageKnown) {
						lineage = lineage(branch, false);
						lineageKnown = true;
					}
					if (lineage != null) {
						BitSet related = lineage;
						children = children.stream().filter(related::get).toList();
					}
				}
			}
			else if (current == BASE) {
				children = List.of();
			}
			else {
				children = Nodes.list((current == NONE) ? this.nodes.heads : this.nodes.down[current]);
				if (children.isEmpty()) {
					children = List.of(BASE);
				}
			}
			if (children.isEmpty()) {
				return noOverwalk ? OVERWALK : current;
			}
			if (children.size() > 1) {
				throw new RevisionException("Ambiguous walk");
			}
			current = children.get(0);
		}
		return current;
	}

	/** Python's {@code int()} of a relative count, clamped so that huge values simply over-walk. */
	static long parse(String number) {
		String text = number.trim();
		try {
			long value = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
			return Math.max(Math.min(value, Integer.MAX_VALUE), -Integer.MAX_VALUE);
		}
		catch (NumberFormatException ex) {
			return text.startsWith("-") ? -Integer.MAX_VALUE : Integer.MAX_VALUE;
		}
	}

	static Matcher relative(String target) {
		Matcher matcher = RELATIVE.matcher(target);
		return matcher.lookingAt() ? matcher : null;
	}

	private record Resolved(List<String> ids, String branch) {
	}

}
