package io.migrate;

import java.util.List;

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

}
