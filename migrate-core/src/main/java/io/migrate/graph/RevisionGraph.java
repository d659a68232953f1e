package io.migrate.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The revision graph, immutable and pure: built from revision values in load order, it answers
 * Alembic's questions (heads, bases, target resolution) and plans upgrades, downgrades and
 * stamps, with the exact step order and version-row changes of Alembic's
 * {@code RevisionMap}/{@code HeadMaintainer}. See shared/reference/alembic-semantics.md.
 */
public final class RevisionGraph {

	private final Nodes nodes;

	private final Resolver resolver;

	private RevisionGraph(Nodes nodes) {
		this.nodes = nodes;
		this.resolver = new Resolver(nodes);
	}

	/**
	 * Builds and validates the graph.
	 * @param revisionsInLoadOrder the revisions, in load order (it breaks every tie)
	 * @return the graph
	 * @throws GraphIntegrityException on a duplicate id, missing parent, cycle, self-loop,
	 * duplicate branch label or unresolvable depends_on
	 */
	public static RevisionGraph of(List<Revision> revisionsInLoadOrder) {
		return new RevisionGraph(GraphBuilder.build(revisionsInLoadOrder));
	}

	/** @return every revision in load order */
	public List<Revision> revisions() {
		return List.of(this.nodes.revisions);
	}

	/** @return the revision with exactly this id (not a prefix, not a label) */
	public Optional<Revision> find(String id) {
		Integer index = this.nodes.byId.get(id);
		return (index != null) ? Optional.of(this.nodes.revisions[index]) : Optional.empty();
	}

	/** @return the ids of all heads (no down_revision children), in load order */
	public List<String> heads() {
		return this.nodes.names(this.nodes.heads);
	}

	/** @return the effective heads (no children via down_revision nor depends_on), in load order */
	public List<String> effectiveHeads() {
		return this.nodes.names(this.nodes.realHeads);
	}

	/** @return the ids of revisions without down_revision, in load order */
	public List<String> bases() {
		return this.nodes.names(this.nodes.bases);
	}

	/** @return whether {@code id} is a head */
	public boolean isHead(String id) {
		return this.nodes.next[index(id)].length == 0;
	}

	/** @return whether {@code id} has more than one down_revision child */
	public boolean isBranchPoint(String id) {
		return this.nodes.next[index(id)].length > 1;
	}

	/** @return whether {@code id} has more than one down_revision */
	public boolean isMergePoint(String id) {
		return this.nodes.down[index(id)].length > 1;
	}

	/** @return the down_revision children of {@code id}, in load order */
	public List<String> children(String id) {
		return this.nodes.names(this.nodes.next[index(id)]);
	}

	/**
	 * Resolves a target as Alembic's {@code get_revisions}: {@code heads}, {@code head},
	 * {@code base}, ids, prefixes, labels, {@code label@head}, {@code -N} relative to the script
	 * heads, and so on.
	 * @return the ids; empty for base
	 */
	public List<String> resolve(String target) {
		List<String> ids = new ArrayList<>();
		for (int revision : this.resolver.getRevisions(target)) {
			if (revision == Resolver.OVERWALK) {
				throw new RevisionException("Relative revision " + target + " goes past base");
			}
			if (revision >= 0) {
				ids.add(this.nodes.ids[revision]);
			}
		}
		return ids;
	}

	/**
	 * The current revisions as Alembic's {@code current} shows them: the rows plus their
	 * ancestors (depends_on included), reduced to those with no descendant in that set.
	 * @param rows the version-table rows
	 * @return the ids, in load order
	 */
	public List<String> current(Collection<String> rows) {
		List<Integer> resolved = UpgradePlanner.resolveRows(this.resolver, List.copyOf(rows));
		return this.nodes.names(new CurrentRevisions(this.nodes).of(resolved));
	}

	/**
	 * Plans {@code upgrade destination} from the given rows (reference sections 4, 5, 7).
	 */
	public Plan planUpgrade(String destination, Collection<String> rows) {
		return new UpgradePlanner(this.nodes, this.resolver).plan(destination, List.copyOf(rows));
	}

	/**
	 * Plans {@code downgrade destination} from the given rows (reference sections 4, 6, 7).
	 */
	public Plan planDowngrade(String destination, Collection<String> rows) {
		return new DowngradePlanner(this.nodes, this.resolver).plan(destination, List.copyOf(rows));
	}

	/**
	 * Plans {@code stamp destinations [--purge]} from the given rows (reference section 8).
	 */
	public Plan planStamp(List<String> destinations, Collection<String> rows, boolean purge) {
		return new StampPlanner(this.nodes, this.resolver).plan(destinations, List.copyOf(rows), purge);
	}

	/**
	 * The revisions of {@code history -r range}, newest first (reference section 9); a null
	 * range lists everything. {@code current} in the range stands for the given rows.
	 */
	public List<String> history(String range, Collection<String> rows) {
		UpgradePlanner planner = new UpgradePlanner(this.nodes, this.resolver);
		return new HistoryWalker(this.nodes, planner).history(range, List.copyOf(rows));
	}

	/**
	 * The parents of a new revision (reference section 10).
	 * @param heads the {@code --head} arguments; empty means {@code head}
	 * @param splice whether non-head parents are allowed
	 * @return the parent ids in the given order; empty for a new base
	 */
	public List<String> newRevisionParents(List<String> heads, boolean splice) {
		List<Integer> parents;
		try {
			parents = this.resolver.getRevisions(heads.isEmpty() ? List.of("head") : heads);
		}
		catch (MultipleHeadsException ex) {
			// Alembic's generate_revision words this case for the revision command
			throw new RevisionException("Multiple heads are present; please specify the head revision on which the"
					+ " new revision should be based, or perform a merge. (heads: " + String.join(", ", ex.heads())
					+ ")");
		}
		List<Integer> real = new ArrayList<>();
		for (int parent : parents) {
			if (parent == Resolver.OVERWALK) {
				throw new RevisionException("Relative revision " + heads + " goes past base");
			}
			if (parent >= 0) {
				real.add(parent);
			}
		}
		if (new LinkedHashSet<>(parents).size() != parents.size()) {
			throw new RevisionException("Duplicate head revisions specified");
		}
		if (!splice) {
			for (int parent : real) {
				if (this.nodes.next[parent].length > 0) {
					throw new RevisionException("Revision " + this.nodes.ids[parent] + " is not a head revision;"
							+ " please specify --splice to create a new branch from this revision");
				}
			}
		}
		return this.nodes.names(real);
	}

	/**
	 * The depends_on entries of a new revision as they are written: a label stays a label, an id
	 * or prefix becomes the full id (reference section 10).
	 */
	public List<String> normalizeDependsOn(List<String> dependsOn) {
		List<String> result = new ArrayList<>();
		for (String dependency : dependsOn) {
			int revision = this.resolver.getRevision(dependency);
			if (revision < 0) {
				throw new ResolutionException("No such revision or branch '" + dependency + "'", dependency);
			}
			result.add(this.nodes.labels[revision].contains(dependency) ? dependency : this.nodes.ids[revision]);
		}
		return result;
	}

	/** The index form, for tests that drive the package-private planners directly. */
	Nodes nodes() {
		return this.nodes;
	}

	private int index(String id) {
		Integer index = this.nodes.byId.get(id);
		if (index == null) {
			throw new ResolutionException("No such revision or branch '" + id + "'", id);
		}
		return index;
	}

}
