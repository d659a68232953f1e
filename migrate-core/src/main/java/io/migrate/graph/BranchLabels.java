package io.migrate.graph;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.Set;

/** How branch labels spread from the revision that declares them (Alembic's {@code _add_branches}). */
final class BranchLabels {

	private BranchLabels() {
	}

	// Alembic's _add_branches: a label reaches every down_revision descendant, then, from the last
	// descendant visited, goes down until a (dependency-aware) branch point or a merge point.
	static void propagate(Revision[] revisions, int[][] down, int[][] next, int[][] allNext,
			Set<String>[] labels) {
		int n = revisions.length;
		for (int i = 0; i < n; i++) {
			if (revisions[i].branchLabels().isEmpty()) {
				continue;
			}
			Set<String> own = new LinkedHashSet<>(labels[i]);
			BitSet seen = new BitSet(n);
			ArrayDeque<Integer> todo = new ArrayDeque<>();
			todo.push(i);
			int last = i;
			while (!todo.isEmpty()) {
				int node = todo.pop();
				if (seen.get(node)) {
					continue;
				}
				seen.set(node);
				addLabels(labels, node, own);
				last = node;
				for (int child : next[node]) {
					todo.push(child);
				}
			}
			int parent = last;
			while (allNext[parent].length <= 1 && down[parent].length <= 1) {
				addLabels(labels, parent, own);
				if (down[parent].length == 0) {
					break;
				}
				parent = down[parent][0];
			}
		}
	}

	private static void addLabels(Set<String>[] labels, int node, Set<String> own) {
		if (labels[node].isEmpty()) {
			labels[node] = new LinkedHashSet<>(own);
		}
		else {
			labels[node].addAll(own);
		}
	}

}
