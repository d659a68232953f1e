package io.migrate;

import java.util.List;
import java.util.Set;

/**
 * Where the database stands against a target, read in one pass: what the health indicator, the
 * endpoint and a startup check need.
 * @param current the version rows, sorted
 * @param heads every head, in load order
 * @param target the target as given
 * @param targetRevisions the revisions the target names; empty for base, or for a target relative
 * to the database ({@code +1})
 * @param pending the revisions an upgrade to the target would apply, in order
 * @param applied the ids of every revision whose changes are in the database
 * @param unknown version rows that no revision declares (a newer release migrated the database)
 * @param ahead whether the database holds revisions beyond the target, or unknown ones
 * @param revisions every revision, in load order
 * @param lastStep the newest history row, or null when there is none
 * @param problem why the target could not be planned (e.g. several heads for {@code head}), or
 * null; pending is then empty
 */
public record MigrationStatus(List<String> current, List<String> heads, String target, List<String> targetRevisions,
		List<RevisionInfo> pending, Set<String> applied, List<String> unknown, boolean ahead,
		List<RevisionInfo> revisions, HistoryEntry lastStep, String problem) {

	public MigrationStatus {
		current = List.copyOf(current);
		heads = List.copyOf(heads);
		targetRevisions = List.copyOf(targetRevisions);
		pending = List.copyOf(pending);
		applied = Set.copyOf(applied);
		unknown = List.copyOf(unknown);
		revisions = List.copyOf(revisions);
	}

	/** @return whether the newest history row records a failed step */
	public boolean lastStepFailed() {
		return this.lastStep != null && !this.lastStep.success();
	}

	/** @return whether the target was planned, nothing is pending and no revision is unknown */
	public boolean atTarget() {
		return this.problem == null && this.pending.isEmpty() && this.unknown.isEmpty();
	}

}
