package io.migrate.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Alembic's {@code _get_all_current}: the rows plus their ancestors (depends_on included),
 * reduced to those without a down_revision descendant in that set.
 */
final class CurrentRevisions {

	private final Nodes nodes;

	CurrentRevisions(Nodes nodes) {
		this.nodes = nodes;
	}

	/** @return the current revisions, in load order */
	List<Integer> of(List<Integer> rows) {
		BitSet all = this.nodes.ancestors(rows, true);
		List<Integer> result = new ArrayList<>();
		for (int node = all.nextSetBit(0); node >= 0; node = all.nextSetBit(node + 1)) {
			boolean covered = false;
			for (int child : this.nodes.next[node]) {
				if (all.get(child)) {
					covered = true;
					break;
				}
			}
			if (!covered) {
				result.add(node);
			}
		}
		return result;
	}

}
