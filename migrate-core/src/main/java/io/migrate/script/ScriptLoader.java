package io.migrate.script;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and parses the revision files of several locations: locations in the given order, the
 * files of each in its load order. The result's order is the load order the graph uses to break
 * ties.
 */
public final class ScriptLoader {

	private final RevisionFileParser parser = new RevisionFileParser();

	/**
	 * Loads every revision file.
	 * @param locations the locations, in configured order
	 * @return the revisions in load order
	 * @throws ScriptException when a file is malformed or two files declare the same revision id
	 * (the message names both files and their {@code Revision} lines)
	 */
	public List<RevisionScript> load(List<? extends RevisionLocation> locations) {
		List<RevisionScript> scripts = new ArrayList<>();
		Map<String, SqlRevisionScript> byId = new HashMap<>();
		for (RevisionLocation location : locations) {
			for (ScriptFile file : location.list()) {
				SqlRevisionScript script = this.parser.parse(file);
				SqlRevisionScript other = byId.putIfAbsent(script.revision().id(), script);
				if (other != null) {
					throw new ScriptException(script.source(), script.revisionLine(),
							"revision id '" + script.revision().id() + "' is also declared in " + other.source() + ":"
									+ other.revisionLine() + "; give one of the files a new id (ids must be unique)");
				}
				scripts.add(script);
			}
		}
		return List.copyOf(scripts);
	}

}
