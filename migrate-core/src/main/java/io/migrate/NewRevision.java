package io.migrate;

import java.util.List;

/**
 * What {@code revision} and {@code merge} create.
 * @param message the message
 * @param revId the id to use, or null for 12 random hex digits
 * @param heads the parents ({@code --head}, or the revisions a merge joins); empty means {@code head}
 * @param splice whether a parent may be a revision that is not a head
 * @param branchLabels branch labels for the new revision
 * @param dependsOn revisions or labels the new revision depends on
 */
public record NewRevision(String message, String revId, List<String> heads, boolean splice,
		List<String> branchLabels, List<String> dependsOn) {

	public NewRevision {
		heads = List.copyOf(heads);
		branchLabels = List.copyOf(branchLabels);
		dependsOn = List.copyOf(dependsOn);
	}

	/** @return a plain revision on top of the single head */
	public static NewRevision of(String message) {
		return new NewRevision(message, null, List.of(), false, List.of(), List.of());
	}

}
