package io.migrate.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Alembic's {@code HeadMaintainer.update_to_step} for revision steps: the version rows as a set,
 * changed by each upgrade or downgrade (reference section 7).
 *
 * <p>Where Alembic picks from a Python set (a merge while other rows exist, an unmerge), we keep
 * the parents in their declared order ({@code down_revision} first, then depends_on) and
 * delete/insert all but the last, updating the last: the same final rows, in a stable way.
 */
final class HeadMaintainer {

	private final Nodes nodes;

	private final LinkedHashSet<Integer> rows;

	/** Every ancestor of the rows, rows included; kept in step with them. */
	private final BitSet applied;

	HeadMaintainer(Nodes nodes, List<Integer> rows) {
		this.nodes = nodes;
		this.rows = new LinkedHashSet<>(rows);
		this.applied = nodes.ancestors(rows, true);
	}

	List<String> sortedRows() {
		TreeSet<String> sorted = new TreeSet<>();
		for (int row : this.rows) {
			sorted.add(this.nodes.ids[row]);
		}
		return List.copyOf(sorted);
	}

	Step upgrade(int revision) {
		List<String> before = sortedRows();
		List<RowChange> changes = new ArrayList<>();
		int[] parents = this.nodes.normDown[revision];
		List<Integer> present = new ArrayList<>();
		for (int parent : parents) {
			if (this.rows.contains(parent)) {
				present.add(parent);
			}
		}
		if (parents.length == 0 || present.isEmpty()) {
			changes.add(RowChange.insert(this.nodes.ids[revision]));
			this.rows.add(revision);
		}
		else if (parents.length > 1 && present.size() > 1) {
			Set<Integer> others = new LinkedHashSet<>(this.rows);
			for (int parent : parents) {
				others.remove(parent);
			}
			List<Integer> merged = new ArrayList<>();
			for (int parent : present) {
				if (!this.nodes.isAncestorOfAny(parent, others, this.applied)) {
					merged.add(parent);
				}
			}
			if (merged.isEmpty()) {
				merged.add(present.get(present.size() - 1));
			}
			for (int i = 0; i < merged.size() - 1; i++) {
				changes.add(RowChange.delete(this.nodes.ids[merged.get(i)]));
				this.rows.remove(merged.get(i));
			}
			int last = merged.get(merged.size() - 1);
			changes.add(RowChange.update(this.nodes.ids[last], this.nodes.ids[revision]));
			this.rows.remove(last);
			this.rows.add(revision);
		}
		else {
			if (present.size() != 1) {
				throw new RevisionException("Can't do an UPDATE because downrevision is ambiguous");
			}
			int from = present.get(0);
			changes.add(RowChange.update(this.nodes.ids[from], this.nodes.ids[revision]));
			this.rows.remove(from);
			this.rows.add(revision);
		}
		this.applied.set(revision);
		return new Step(Direction.UPGRADE, this.nodes.ids[revision], changes, before, sortedRows());
	}

	Step downgrade(int revision) {
		String id = this.nodes.ids[revision];
		if (!this.rows.contains(revision)) {
			throw new RevisionException("Revision " + id + " is not in the version table; cannot downgrade it");
		}
		List<String> before = sortedRows();
		List<RowChange> changes = new ArrayList<>();
		int[] parents = this.nodes.normDown[revision];
		this.rows.remove(revision);
		this.applied.clear(revision);
		List<Integer> restore = new ArrayList<>();
		for (int parent : parents) {
			boolean implied;
			if (!this.rows.isEmpty()) {
				implied = this.rows.contains(parent) || this.nodes.isAncestorOfAny(parent, this.rows, this.applied);
			}
			else {
				Set<Integer> siblings = new LinkedHashSet<>();
				for (int other : parents) {
					if (other != parent) {
						siblings.add(other);
					}
				}
				implied = this.nodes.isAncestorOfAny(parent, siblings, this.applied);
			}
			if (!implied) {
				restore.add(parent);
			}
		}
		if (parents.length == 0 || restore.isEmpty()) {
			changes.add(RowChange.delete(id));
		}
		else {
			for (int i = 0; i < restore.size() - 1; i++) {
				changes.add(RowChange.insert(this.nodes.ids[restore.get(i)]));
				this.rows.add(restore.get(i));
			}
			int last = restore.get(restore.size() - 1);
			changes.add(RowChange.update(id, this.nodes.ids[last]));
			this.rows.add(last);
		}
		return new Step(Direction.DOWNGRADE, id, changes, before, sortedRows());
	}

}
