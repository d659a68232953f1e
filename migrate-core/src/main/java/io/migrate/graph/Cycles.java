package io.migrate.graph;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;

/**
 * Alembic's {@code _detect_cycles}: every revision must be reachable both down from the heads and
 * up from the bases; the ones that are not are on a cycle.
 */
final class Cycles {

	private Cycles() {
	}

	static void detect(String[] ids, List<Integer> heads, List<Integer> bases, int[][] down,
			int[][] up, String kind) {
		int n = ids.length;
		if (n == 0) {
			return;
		}
		if (heads.isEmpty() || bases.isEmpty()) {
			List<String> all = List.of(ids);
			throw new GraphIntegrityException(kind + " is detected in revisions (" + String.join(", ", all) + ")",
					all);
		}
		BitSet fromHeads = reach(n, heads, down);
		BitSet fromBases = reach(n, bases, up);
		fromHeads.and(fromBases);
		if (fromHeads.cardinality() != n) {
			TreeSet<String> unreachable = new TreeSet<>();
			for (int i = fromHeads.nextClearBit(0); i < n; i = fromHeads.nextClearBit(i + 1)) {
				unreachable.add(ids[i]);
			}
			List<String> sorted = List.copyOf(unreachable);
			throw new GraphIntegrityException(
					kind + " is detected in revisions (" + String.join(", ", sorted) + ")", sorted);
		}
	}

	private static BitSet reach(int n, List<Integer> starts, int[][] links) {
		BitSet seen = new BitSet(n);
		ArrayDeque<Integer> todo = new ArrayDeque<>();
		for (int start : starts) {
			seen.set(start);
			todo.push(start);
		}
		while (!todo.isEmpty()) {
			for (int other : links[todo.pop()]) {
				if (!seen.get(other)) {
					seen.set(other);
					todo.push(other);
				}
			}
		}
		return seen;
	}

}
