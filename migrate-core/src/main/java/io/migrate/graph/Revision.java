package io.migrate.graph;

import java.util.List;
import java.util.Objects;

/**
 * One node of the revision graph: an id, its parents ({@code Revises}), its branch labels and
 * the revisions or labels it depends on. A plain value; it knows nothing of files or databases.
 */
public final class Revision {

	private final String id;

	private final List<String> downRevisions;

	private final List<String> branchLabels;

	private final List<String> dependsOn;

	/**
	 * Creates a revision value.
	 * @param id the revision id
	 * @param downRevisions the parent ids, in declared order; empty for a base revision
	 * @param branchLabels the branch labels declared on this revision
	 * @param dependsOn revision ids, partial ids or branch labels this revision depends on
	 */
	public Revision(String id, List<String> downRevisions, List<String> branchLabels, List<String> dependsOn) {
		this.id = Objects.requireNonNull(id, "id");
		this.downRevisions = List.copyOf(downRevisions);
		this.branchLabels = List.copyOf(branchLabels);
		this.dependsOn = List.copyOf(dependsOn);
	}

	/**
	 * A revision with parents only, no labels and no dependencies.
	 * @param id the revision id
	 * @param downRevisions the parent ids
	 * @return the revision
	 */
	public static Revision of(String id, String... downRevisions) {
		return new Revision(id, List.of(downRevisions), List.of(), List.of());
	}

	/** @return the revision id */
	public String id() {
		return this.id;
	}

	/** @return the parent ids in declared order; empty for a base */
	public List<String> downRevisions() {
		return this.downRevisions;
	}

	/** @return the branch labels declared on this revision */
	public List<String> branchLabels() {
		return this.branchLabels;
	}

	/** @return the declared dependencies, as written (ids, partial ids or labels) */
	public List<String> dependsOn() {
		return this.dependsOn;
	}

	/** @return a copy with other branch labels */
	public Revision withBranchLabels(List<String> labels) {
		return new Revision(this.id, this.downRevisions, labels, this.dependsOn);
	}

	/** @return a copy with other dependencies */
	public Revision withDependsOn(List<String> dependencies) {
		return new Revision(this.id, this.downRevisions, this.branchLabels, dependencies);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Revision that && this.id.equals(that.id) && this.downRevisions.equals(that.downRevisions)
				&& this.branchLabels.equals(that.branchLabels) && this.dependsOn.equals(that.dependsOn);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return "Revision(" + this.id + " <- " + this.downRevisions + ")";
	}

}
