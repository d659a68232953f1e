package io.migrate.runtime;

import java.time.Instant;
import java.util.List;

/**
 * One row of the history table.
 * @param id the row id, or 0 before it is written
 * @param revision the revision; for a stamp the destination, or null for base
 * @param direction {@code upgrade}, {@code downgrade} or {@code stamp}
 * @param versionsBefore the version rows before, sorted
 * @param versionsAfter the version rows after, sorted
 * @param message the revision's message
 * @param checksum the revision's checksum; empty on stamp rows
 * @param appliedAt when the step ended
 * @param appliedBy who applied it
 * @param durationMs how long it took
 * @param success whether it committed
 * @param error the failure, or null
 */
public record HistoryRecord(long id, String revision, String direction, List<String> versionsBefore,
		List<String> versionsAfter, String message, String checksum, Instant appliedAt, String appliedBy,
		long durationMs, boolean success, String error) {

	public HistoryRecord {
		versionsBefore = List.copyOf(versionsBefore);
		versionsAfter = List.copyOf(versionsAfter);
	}

}
