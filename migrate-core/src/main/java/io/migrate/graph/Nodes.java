package io.migrate.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The index-based form of the graph: revision number {@code i} is the {@code i}-th revision in
 * load order, so comparing indexes compares load order. Built once by {@link GraphBuilder}.
 */
final class Nodes {

	final int size;

	final String[] ids;

	final Revision[] revisions;

	final Map<String, Integer> byId;

	/** Ids and branch labels in Alembic's map order (ids in load order, then labels). */
	final Map<String, Integer> keys;

	/** The same keys sorted, for prefix matching; value = position in map order. */
	final TreeMap<String, Integer> sortedKeys;

	final int[][] down;

	final int[][] allDown;

	final int[][] normDown;

	final boolean[] hasNormalizedDeps;

	final int[][] next;

	final int[][] allNext;

	final int[][] normNext;

	final Set<String>[] labels;

	final int[] heads;

	final int[] realHeads;

	final int[] bases;

	@SuppressWarnings("checkstyle:ParameterNumber")
	Nodes(String[] ids, Revision[] revisions, Map<String, Integer> byId, Map<String, Integer> keys, int[][] down,
			int[][] allDown, int[][] normDown, boolean[] hasNormalizedDeps, int[][] next, int[][] allNext,
			int[][] normNext, Set<String>[] labels, int[] heads, int[] realHeads, int[] bases) {
		this.size = ids.length;
		this.ids = ids;
		this.revisions = revisions;
		this.byId = byId;
		this.keys = keys;
		this.sortedKeys = new TreeMap<>();
		int position = 0;
		for (String key : keys.keySet()) {
			this.sortedKeys.put(key, position++);
		}
		this.down = down;
		this.allDown = allDown;
		this.normDown = normDown;
		this.hasNormalizedDeps = hasNormalizedDeps;
		this.next = next;
		this.allNext = allNext;
		this.normNext = normNext;
		this.labels = labels;
		this.heads = heads;
		this.realHeads = realHeads;
		this.bases = bases;
	}

	/** Targets plus everything below them (depends_on included when {@code deps}). */
	BitSet ancestors(Collection<Integer> targets, boolean deps) {
		return closure(targets, deps ? this.normDown : this.down);
	}

	/** Targets plus everything above them (depends_on included when {@code deps}). */
	BitSet descendants(Collection<Integer> targets, boolean deps) {
		return closure(targets, deps ? this.allNext : this.next);
	}

	private BitSet closure(Collection<Integer> targets, int[][] links) {
		BitSet seen = new BitSet(this.size);
		int[] stack = new int[16];
		int top = 0;
		for (int target : targets) {
			if (target >= 0 && !seen.get(target)) {
				seen.set(target);
				stack[top++] = target;
			}
			while (top > 0) {
				int node = stack[--top];
				for (int other : links[node]) {
					if (!seen.get(other)) {
						seen.set(other);
						if (top == stack.length) {
							stack = java.util.Arrays.copyOf(stack, top * 2);
						}
						stack[top++] = other;
					}
				}
			}
		}
		return seen;
	}

	/**
	 * Ancestors (depends_on included) of the targets with Alembic's overlap check
	 * ({@code _iterate_related_revisions(check=True)}): one shared "seen" set, so the error names
	 * the first target whose walk reaches another target.
	 */
	BitSet ancestorsChecked(List<Integer> targets) {
		BitSet seen = new BitSet(this.size);
		Set<Integer> targetSet = new LinkedHashSet<>(targets);
		ArrayDeque<Integer> todo = new ArrayDeque<>();
		for (int target : targets) {
			if (target < 0) {
				continue;
			}
			List<Integer> overlaps = new ArrayList<>();
			todo.push(target);
			while (!todo.isEmpty()) {
				int node = todo.pop();
				if (node != target && targetSet.contains(node) && !overlaps.contains(node)) {
					overlaps.add(node);
				}
				if (seen.get(node)) {
					continue;
				}
				seen.set(node);
				for (int parent : this.normDown[node]) {
					todo.push(parent);
				}
			}
			if (!overlaps.isEmpty()) {
				List<String> names = new ArrayList<>();
				overlaps.stream().sorted().forEach((node) -> names.add(this.ids[node]));
				throw new RevisionException("Requested revision " + this.ids[target]
						+ " overlaps with other requested revisions " + String.join(", ", names));
			}
		}
		return seen;
	}

	/**
	 * Whether {@code node} is a proper ancestor of one of {@code targets}, searching upwards only
	 * through {@code within} (a set that holds every ancestor of the targets).
	 */
	boolean isAncestorOfAny(int node, Set<Integer> targets, BitSet within) {
		if (targets.isEmpty()) {
			return false;
		}
		BitSet seen = new BitSet();
		ArrayDeque<Integer> todo = new ArrayDeque<>();
		todo.push(node);
		while (!todo.isEmpty()) {
			int current = todo.pop();
			for (int child : this.allNext[current]) {
				if (targets.contains(child)) {
					return true;
				}
				if (within.get(child) && !seen.get(child)) {
					seen.set(child);
					todo.push(child);
				}
			}
		}
		return false;
	}

	List<String> names(Collection<Integer> nodes) {
		List<String> names = new ArrayList<>(nodes.size());
		for (int node : nodes) {
			names.add(this.ids[node]);
		}
		return names;
	}

	List<String> names(int[] nodes) {
		List<String> names = new ArrayList<>(nodes.length);
		for (int node : nodes) {
			names.add(this.ids[node]);
		}
		return names;
	}

	static List<Integer> list(int[] nodes) {
		List<Integer> list = new ArrayList<>(nodes.length);
		for (int node : nodes) {
			list.add(node);
		}
		return list;
	}

}
