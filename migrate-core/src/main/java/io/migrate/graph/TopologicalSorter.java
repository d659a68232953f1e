package io.migrate.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Alembic's {@code RevisionMap._topological_sort}: children before parents, one branch at a
 * time, load order breaking ties.
 *
 * <p>Alembic asks "is the candidate an ancestor of another pending head?" with a full ancestor
 * set per head. Every unemitted node of the (convex) set lies below some pending head, so the
 * candidate is such an ancestor exactly when one of its children in the set is still unemitted:
 * a counter answers the question, and only when it is true do we search upwards for the first
 * head (in list order) above the candidate.
 */
final class TopologicalSorter {

	private TopologicalSorter() {
	}

	/**
	 * @param nodes the graph
	 * @param todo the revisions to order (consumed)
	 * @param heads where to start; those outside {@code todo} are ignored
	 * @return the order, newest first
	 */
	static List<Integer> sort(Nodes nodes, BitSet todo, Collection<Integer> heads) {
		int[] pending = new int[nodes.size];
		for (int node = todo.nextSetBit(0); node >= 0; node = todo.nextSetBit(node + 1)) {
			for (int parent : nodes.normDown[node]) {
				if (todo.get(parent)) {
					pending[parent]++;
				}
			}
		}
		List<Integer> current = new ArrayList<>();
		BitSet inHeads = new BitSet(nodes.size);
		for (int head : new TreeSet<>(heads)) {
			if (head >= 0 && todo.get(head)) {
				current.add(head);
				inHeads.set(head);
			}
		}
		int[] visited = new int[nodes.size];
		int search = 0;
		List<Integer> output = new ArrayList<>(todo.cardinality());
		int index = 0;
		while (!current.isEmpty()) {
			int candidate = current.get(index);
			if (pending[candidate] > 0) {
				search++;
				int other = firstHeadAbove(nodes, candidate, todo, inHeads, current, index, visited, search);
				if (other >= 0) {
					index = other;
					continue;
				}
			}
			if (todo.get(candidate)) {
				output.add(candidate);
				todo.clear(candidate);
				for (int parent : nodes.normDown[candidate]) {
					if (todo.get(parent)) {
						pending[parent]--;
					}
				}
			}
			List<Integer> toAdd = new ArrayList<>(2);
			for (int parent : nodes.normDown[candidate]) {
				if (todo.get(parent) && !inHeads.get(parent)) {
					toAdd.add(parent);
				}
			}
			inHeads.clear(candidate);
			if (toAdd.isEmpty()) {
				current.remove(index);
				index = Math.max(index - 1, 0);
			}
			else {
				current.set(index, toAdd.get(0));
				inHeads.set(toAdd.get(0));
				for (int i = 1; i < toAdd.size(); i++) {
					current.add(toAdd.get(i));
					inHeads.set(toAdd.get(i));
				}
			}
		}
		return output;
	}

	private static int firstHeadAbove(Nodes nodes, int candidate, BitSet todo, BitSet inHeads, List<Integer> current,
			int index, int[] visited, int search) {
		ArrayDeque<Integer> stack = new ArrayDeque<>();
		stack.push(candidate);
		visited[candidate] = search;
		boolean found = false;
		while (!stack.isEmpty()) {
			int node = stack.pop();
			for (int child : nodes.normNext[node]) {
				if (todo.get(child) && visited[child] != search) {
					visited[child] = search;
					found |= inHeads.get(child);
					stack.push(child);
				}
			}
		}
		if (!found) {
			return -1;
		}
		for (int i = 0; i < current.size(); i++) {
			if (i != index && visited[current.get(i)] == search) {
				return i;
			}
		}
		return -1;
	}

}
