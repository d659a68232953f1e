package io.migrate;

import io.migrate.MigrateException.Reason;
import io.migrate.graph.GraphIntegrityException;
import io.migrate.graph.Revision;
import io.migrate.graph.RevisionException;
import io.migrate.graph.RevisionGraph;
import io.migrate.operations.JavaRevision;
import io.migrate.operations.JavaRevisions;
import io.migrate.script.RevisionLocation;
import io.migrate.script.RevisionLocations;
import io.migrate.script.RevisionScript;
import io.migrate.script.ScriptException;
import io.migrate.script.ScriptLoader;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The revisions of the configured locations, read and checked: scripts by id and their graph. */
final class Catalog {

	private final Map<String, RevisionScript> scripts;

	private final RevisionGraph graph;

	private Catalog(Map<String, RevisionScript> scripts, RevisionGraph graph) {
		this.scripts = scripts;
		this.graph = graph;
	}

	static Catalog load(MigrateConfig config) {
		List<RevisionLocation> locations = new ArrayList<>();
		for (String spec : config.locationSpecs()) {
			locations.add(RevisionLocations.parse(spec, config.classLoader()));
		}
		locations.addAll(config.customLocations());
		List<RevisionScript> loaded;
		try {
			loaded = new ArrayList<>(new ScriptLoader(JavaRevisions.classReader(config.javaRevisions())).load(locations));
			for (JavaRevision registered : JavaRevisions.notFoundIn(config.javaRevisions(), loaded)) {
				loaded.add(JavaRevisions.script(registered));
			}
		}
		catch (ScriptException ex) {
			throw new MigrateException(Reason.INVALID_REVISIONS, ex.getMessage(), ex);
		}
		Map<String, RevisionScript> byId = new LinkedHashMap<>(loaded.size() * 2);
		List<Revision> revisions = new ArrayList<>(loaded.size());
		for (RevisionScript script : loaded) {
			RevisionScript other = byId.put(script.revision().id(), script);
			if (other != null) {
				throw new MigrateException(Reason.INVALID_REVISIONS, "Revision id '" + script.revision().id()
						+ "' is declared by " + other.source() + " and by " + script.source()
						+ "; give one of them a new id (ids must be unique)");
			}
			revisions.add(script.revision());
		}
		try {
			return new Catalog(byId, RevisionGraph.of(revisions));
		}
		catch (GraphIntegrityException ex) {
			String files = ex.revisions()
				.stream()
				.filter(byId::containsKey)
				.map((id) -> byId.get(id).source())
				.distinct()
				.collect(Collectors.joining(", "));
			throw new MigrateException(Reason.INVALID_REVISIONS,
					ex.getMessage() + (files.isEmpty() ? "" : " (in " + files + ")") + "; fix the Revises, Depends-On"
							+ " or Branch-Labels headers so that the revisions form a graph without loops",
					ex);
		}
		catch (RevisionException ex) {
			throw new MigrateException(Reason.INVALID_REVISIONS, ex.getMessage(), ex);
		}
	}

	RevisionGraph graph() {
		return this.graph;
	}

	Map<String, RevisionScript> scripts() {
		return this.scripts;
	}

	RevisionScript script(String id) {
		return this.scripts.get(id);
	}

	RevisionInfo info(String id) {
		RevisionScript script = this.scripts.get(id);
		Revision revision = script.revision();
		return new RevisionInfo(id, revision.downRevisions(), script.message(), revision.branchLabels(),
				revision.dependsOn(), script.created().orElse(null), this.graph.isHead(id), this.graph.isBranchPoint(id),
				this.graph.isMergePoint(id), script.source());
	}

	List<RevisionInfo> infos(Collection<String> ids) {
		List<RevisionInfo> infos = new ArrayList<>(ids.size());
		for (String id : ids) {
			infos.add(info(id));
		}
		return infos;
	}

	/** @return the revision that declares branch label {@code label}, or null */
	String labelOwner(String label) {
		for (RevisionScript script : this.scripts.values()) {
			if (script.revision().branchLabels().contains(label)) {
				return script.revision().id();
			}
		}
		return null;
	}

	/**
	 * @return the rows that no revision file declares
	 */
	List<String> unknown(Collection<String> rows) {
		return rows.stream().filter((row) -> !this.scripts.containsKey(row)).toList();
	}

	/**
	 * @return the rows and all their ancestors, depends_on included: every revision whose
	 * changes are in the database
	 */
	Set<String> applied(Collection<String> rows) {
		Set<String> seen = new HashSet<>();
		Deque<String> pending = new ArrayDeque<>(rows);
		Map<String, List<String>> resolved = new HashMap<>();
		while (!pending.isEmpty()) {
			String id = pending.pop();
			RevisionScript script = this.scripts.get(id);
			if (script == null || !seen.add(id)) {
				continue;
			}
			pending.addAll(script.revision().downRevisions());
			for (String dependency : script.revision().dependsOn()) {
				pending.addAll(resolved.computeIfAbsent(dependency, this.graph::resolve));
			}
		}
		return seen;
	}

}
