package io.migrate;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the append-only history table.
 * @param id the row's id (ascending in time)
 * @param revision the revision; for a stamp the destination id, or null for base
 * @param direction {@code upgrade}, {@code downgrade} or {@code stamp}
 * @param versionsBefore the version rows before the step, sorted
 * @param versionsAfter the version rows after the step, sorted
 * @param message the revision's message
 * @param checksum the revision's checksum; empty on stamp rows
 * @param appliedAt when the step ended (UTC)
 * @param appliedBy the database user or the authenticated principal
 * @param durationMs how long it took
 * @param success whether it was committed
 * @param error the error message of a failed step, or null
 */
public record HistoryEntry(long id, String revision, String direction, List<String> versionsBefore,
		List<String> versionsAfter, String message, String checksum, Instant appliedAt, String appliedBy,
		long durationMs, boolean success, String error) {

	public HistoryEntry {
		versionsBefore = List.copyOf(versionsBefore);
		versionsAfter = List.copyOf(versionsAfter);
	}

	/**
	 * @return the row with the keys of the JSON contract (design section 7): {@code revision,
	 * direction, versionsBefore, versionsAfter, message, checksum, appliedAt, appliedBy,
	 * durationMs, success, error}
	 */
	public Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("revision", this.revision);
		json.put("direction", this.direction);
		json.put("versionsBefore", this.versionsBefore);
		json.put("versionsAfter", this.versionsAfter);
		json.put("message", this.message);
		json.put("checksum", this.checksum);
		json.put("appliedAt", (this.appliedAt != null) ? this.appliedAt.toString() : null);
		json.put("appliedBy", this.appliedBy);
		json.put("durationMs", this.durationMs);
		json.put("success", this.success);
		json.put("error", this.error);
		return json;
	}
}
