package io.migrate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A revision as the commands show it.
 * @param id the revision id
 * @param revises the parent ids
 * @param message the message, or an empty string
 * @param branchLabels the declared branch labels
 * @param dependsOn the declared dependencies
 * @param created the creation timestamp as written, or null
 * @param head whether no revision revises it
 * @param branchPoint whether more than one revision revises it
 * @param mergePoint whether it revises more than one revision
 * @param source the file (or class) it comes from
 */
public record RevisionInfo(String id, List<String> revises, String message, List<String> branchLabels,
		List<String> dependsOn, String created, boolean head, boolean branchPoint, boolean mergePoint, String source) {

	public RevisionInfo {
		revises = List.copyOf(revises);
		branchLabels = List.copyOf(branchLabels);
		dependsOn = List.copyOf(dependsOn);
	}

	/**
	 * @return the revision with the keys of the JSON contract (design sections 6 and 7), in that
	 * order: {@code id, revises, message, branchLabels, dependsOn, created, head, branchPoint,
	 * mergePoint}; a mutable map, so that a caller may add keys
	 */
	public Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", this.id);
		json.put("revises", this.revises);
		json.put("message", this.message);
		json.put("branchLabels", this.branchLabels);
		json.put("dependsOn", this.dependsOn);
		json.put("created", this.created);
		json.put("head", this.head);
		json.put("branchPoint", this.branchPoint);
		json.put("mergePoint", this.mergePoint);
		return json;
	}
}
