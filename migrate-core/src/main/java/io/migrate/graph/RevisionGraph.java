package io.migrate.graph;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The revision graph, immutable and pure: built from revision values in load order, it answers
 * Alembic's questions (heads, bases, target resolution) and plans upgrades, downgrades and
 * stamps, with the exact step order and version-row changes of Alembic's
 * {@code RevisionMap}/{@code HeadMaintainer}. See shared/reference/alembic-semantics.md.
 */
public final class RevisionGraph {

	private RevisionGraph() {
	}

	/**
	 * Builds and validates the graph.
	 * @param revisionsInLoadOrder the revisions, in load order (it breaks every tie)
	 * @return the graph
	 * @throws GraphIntegrityException on a duplicate id, missing parent, cycle, self-loop,
	 * duplicate branch label or unresolvable depends_on
	 */
	public static RevisionGraph of(List<Revision> revisionsInLoadOrder) {
		throw new UnsupportedOperationException("not yet");
	}

	/** @return every revision in load order */
	public List<Revision> revisions() {
		throw new UnsupportedOperationException("not yet");
	}

	/** @return the revision with exactly this id (not a prefix, not a label) */
	public Optional<Revision> find(String id) {
		throw new UnsupportedOperationException("not yet");
	}

	/** @return the ids of all heads (no down_revision children), in load order */
	public List<String> heads() {
		throw new UnsupportedOperationException("not yet");
	}

	/** @return the effective heads (no children via down_revision nor depends_on), in load order */
	public List<String> effectiveHeads() {
		throw new UnsupportedOperationException("not yet");
	}

	/** @return the ids of revisions without down_revision, in load order */
	public List<String> bases() {
		throw new UnsupportedOperationException("not yet");
	}

	/** @return whether {@code id} is a head */
	public boolean isHead(String id) {
		throw new UnsupportedOperationException("not yet");
	}

	/** @return whether {@code id} has more than one down_revision child */
	public boolean isBranchPoint(String id) {
		throw new UnsupportedOperationException("not yet");
	}

	/** @return whether {@code id} has more than one down_revision */
	public boolean isMergePoint(String id) {
		throw new UnsupportedOperationException("not yet");
	}

	/** @return the down_revision children of {@code id}, in load order */
	public List<String> children(String id) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * Resolves a target as Alembic's {@code get_revisions}: {@code heads}, {@code head},
	 * {@code base}, ids, prefixes, labels, {@code label@head}, {@code -N} relative to the script
	 * heads, and so on.
	 * @return the ids; empty for base
	 */
	public List<String> resolve(String target) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * The current revisions as Alembic's {@code current} shows them: the rows plus their
	 * ancestors (depends_on included), reduced to those with no descendant in that set.
	 * @param rows the version-table rows
	 * @return the ids, in load order
	 */
	public List<String> current(Collection<String> rows) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * Plans {@code upgrade destination} from the given rows (reference sections 4, 5, 7).
	 */
	public Plan planUpgrade(String destination, Collection<String> rows) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * Plans {@code downgrade destination} from the given rows (reference sections 4, 6, 7).
	 */
	public Plan planDowngrade(String destination, Collection<String> rows) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * Plans {@code stamp destinations [--purge]} from the given rows (reference section 8).
	 */
	public Plan planStamp(List<String> destinations, Collection<String> rows, boolean purge) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * The revisions of {@code history -r range}, newest first (reference section 9); a null
	 * range lists everything. {@code current} in the range stands for the given rows.
	 */
	public List<String> history(String range, Collection<String> rows) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * The parents of a new revision (reference section 10).
	 * @param heads the {@code --head} arguments; empty means {@code head}
	 * @param splice whether non-head parents are allowed
	 * @return the parent ids in the given order; empty for a new base
	 */
	public List<String> newRevisionParents(List<String> heads, boolean splice) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * The depends_on entries of a new revision as they are written: a label stays a label, an id
	 * or prefix becomes the full id (reference section 10).
	 */
	public List<String> normalizeDependsOn(List<String> dependsOn) {
		throw new UnsupportedOperationException("not yet");
	}

}
