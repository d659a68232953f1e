package io.migrate.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Validates revisions and builds {@link Nodes}, following Alembic's {@code RevisionMap._revision_map}
 * but failing on what Alembic only warns about (duplicate ids, missing parents).
 */
final class GraphBuilder {

	private static final String ILLEGAL = "@-+:";

	private static final int[] NONE = new int[0];

	private GraphBuilder() {
	}

	@SuppressWarnings("unchecked")
	static Nodes build(List<Revision> input) {
		int n = input.size();
		String[] ids = new String[n];
		Revision[] revisions = input.toArray(new Revision[0]);
		Map<String, Integer> byId = new HashMap<>(n * 2);
		for (int i = 0; i < n; i++) {
			Revision revision = revisions[i];
			String id = revision.id();
			verify(revision);
			if (byId.putIfAbsent(id, i) != null) {
				throw new GraphIntegrityException("Revision " + id + " is present more than once", List.of(id));
			}
			ids[i] = id;
		}
		Map<String, Integer> keys = new LinkedHashMap<>(byId.size() * 2);
		for (int i = 0; i < n; i++) {
			keys.put(ids[i], i);
		}
		for (int i = 0; i < n; i++) {
			for (String label : revisions[i].branchLabels()) {
				Integer used = keys.get(label);
				if (used != null) {
					throw new GraphIntegrityException("Branch name '" + label + "' in revision " + ids[i]
							+ " already used by revision " + ids[used], List.of(ids[i], ids[used]));
				}
				keys.put(label, i);
			}
		}
		int[][] down = new int[n][];
		int[][] deps = new int[n][];
		int[][] allDown = new int[n][];
		for (int i = 0; i < n; i++) {
			List<String> parents = revisions[i].downRevisions();
			down[i] = new int[parents.size()];
			for (int p = 0; p < parents.size(); p++) {
				down[i][p] = lookup(byId, parents.get(p), ids[i]);
			}
			List<String> dependsOn = revisions[i].dependsOn();
			if (dependsOn.isEmpty()) {
				deps[i] = NONE;
			}
			else {
				LinkedHashSet<Integer> resolved = new LinkedHashSet<>();
				for (String dependency : dependsOn) {
					resolved.add(resolveDependency(keys, dependency, ids[i]));
				}
				deps[i] = resolved.stream().mapToInt(Integer::intValue).toArray();
			}
			allDown[i] = dedupe(down[i], deps[i]);
		}
		int[][] next = children(n, down);
		int[][] allNext = children(n, allDown);
		List<Integer> heads = new ArrayList<>();
		List<Integer> realHeads = new ArrayList<>();
		List<Integer> bases = new ArrayList<>();
		List<Integer> realBases = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (next[i].length == 0) {
				heads.add(i);
			}
			if (allNext[i].length == 0) {
				realHeads.add(i);
			}
			if (down[i].length == 0) {
				bases.add(i);
				if (revisions[i].dependsOn().isEmpty()) {
					realBases.add(i);
				}
			}
		}
		Cycles.detect(ids, heads, bases, down, next, "Cycle");
		Cycles.detect(ids, realHeads, realBases, allDown, allNext, "Dependency cycle");
		int[][] normDown = new int[n][];
		boolean[] hasNormalizedDeps = new boolean[n];
		normalize(n, down, deps, normDown, hasNormalizedDeps);
		int[][] normNext = children(n, normDown);
		Set<String>[] labels = new Set[n];
		for (int i = 0; i < n; i++) {
			labels[i] = revisions[i].branchLabels().isEmpty() ? Set.of()
					: new LinkedHashSet<>(revisions[i].branchLabels());
		}
		BranchLabels.propagate(revisions, down, next, allNext, labels);
		return new Nodes(ids, revisions, byId, keys, down, allDown, normDown, hasNormalizedDeps, next, allNext,
				normNext, labels, toArray(heads), toArray(realHeads), toArray(bases));
	}

	private static void verify(Revision revision) {
		String id = revision.id();
		if (revision.downRevisions().contains(id)) {
			throw new GraphIntegrityException("Self-loop is detected in revisions (" + id + ")", List.of(id));
		}
		if (revision.dependsOn().contains(id)) {
			throw new GraphIntegrityException("Dependency self-loop is detected in revisions (" + id + ")",
					List.of(id));
		}
		TreeSet<Character> illegal = null;
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			if (ILLEGAL.indexOf(c) >= 0) {
				illegal = (illegal != null) ? illegal : new TreeSet<>();
				illegal.add(c);
			}
		}
		if (illegal != null) {
			List<String> chars = illegal.stream().map(String::valueOf).toList();
			throw new GraphIntegrityException("Character(s) '" + String.join(", ", chars)
					+ "' not allowed in revision identifier '" + id + "'", List.of(id));
		}
	}

	private static int lookup(Map<String, Integer> byId, String parent, String from) {
		Integer index = byId.get(parent);
		if (index == null) {
			throw new GraphIntegrityException("Revision " + parent + " referenced from " + from + " is not present",
					List.of(from, parent));
		}
		return index;
	}

	// An exact key (id or label) as Alembic; a unique prefix of 4+ characters is accepted too,
	// since our revision values may carry partial ids written by hand.
	private static int resolveDependency(Map<String, Integer> keys, String dependency, String from) {
		Integer index = keys.get(dependency);
		if (index != null) {
			return index;
		}
		Integer found = null;
		for (Map.Entry<String, Integer> key : keys.entrySet()) {
			if (key.getKey().length() > 3 && key.getKey().startsWith(dependency)) {
				if (found != null && !found.equals(key.getValue())) {
					found = null;
					break;
				}
				found = key.getValue();
			}
		}
		if (found == null) {
			throw new GraphIntegrityException("Revision " + dependency + " referenced from " + from
					+ " is not present", List.of(from, dependency));
		}
		return found;
	}

	private static int[] dedupe(int[] first, int[] second) {
		if (second.length == 0 && (first.length < 2 || (first.length == 2 && first[0] != first[1]))) {
			return first;
		}
		LinkedHashSet<Integer> all = new LinkedHashSet<>();
		for (int value : first) {
			all.add(value);
		}
		for (int value : second) {
			all.add(value);
		}
		return all.stream().mapToInt(Integer::intValue).toArray();
	}

	private static int[][] children(int n, int[][] parents) {
		int[] counts = new int[n];
		for (int[] list : parents) {
			for (int parent : list) {
				counts[parent]++;
			}
		}
		int[][] children = new int[n][];
		for (int i = 0; i < n; i++) {
			children[i] = new int[counts[i]];
			counts[i] = 0;
		}
		for (int child = 0; child < n; child++) {
			for (int parent : parents[child]) {
				children[parent][counts[parent]++] = child;
			}
		}
		return children;
	}

	// Alembic's _normalize_depends_on: drop dependencies already declared by a versioned ancestor.
	// Only revisions with a declaring ancestor need the walk, which keeps dependency-free graphs linear.
	private static void normalize(int n, int[][] down, int[][] deps, int[][] normDown, boolean[] hasNormalized) {
		boolean any = false;
		for (int[] list : deps) {
			any |= list.length > 0;
		}
		for (int i = 0; i < n; i++) {
			normDown[i] = dedupe(down[i], deps[i]);
			hasNormalized[i] = deps[i].length > 0;
		}
		if (!any) {
			return;
		}
		// a dependency only one revision declares cannot be declared by an ancestor: no walk for it
		int[] declarers = new int[n];
		for (int[] list : deps) {
			for (int dependency : list) {
				declarers[dependency]++;
			}
		}
		for (int i = 0; i < n; i++) {
			boolean shared = false;
			for (int dependency : deps[i]) {
				shared |= declarers[dependency] > 1;
			}
			if (!shared) {
				continue;
			}
			LinkedHashSet<Integer> kept = new LinkedHashSet<>();
			Set<Integer> pending = new HashSet<>();
			for (int dependency : deps[i]) {
				kept.add(dependency);
				if (declarers[dependency] > 1) {
					pending.add(dependency);
				}
			}
			BitSet seen = new BitSet(n);
			ArrayDeque<Integer> todo = new ArrayDeque<>();
			for (int parent : down[i]) {
				seen.set(parent);
				todo.push(parent);
			}
			while (!todo.isEmpty() && !pending.isEmpty()) {
				int node = todo.pop();
				for (int dependency : deps[node]) {
					kept.remove(dependency);
					pending.remove(dependency);
				}
				for (int parent : down[node]) {
					if (!seen.get(parent)) {
						seen.set(parent);
						todo.push(parent);
					}
				}
			}
			int[] normalized = kept.stream().mapToInt(Integer::intValue).toArray();
			normDown[i] = dedupe(down[i], normalized);
			hasNormalized[i] = normalized.length > 0;
		}
	}

	private static int[] toArray(List<Integer> list) {
		return list.stream().mapToInt(Integer::intValue).toArray();
	}

}
