package io.migrate.script;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Reads and parses the revision files of several locations: locations in the given order, the
 * files of each in its load order. The result's order is the load order the graph uses to break
 * ties. A location's class files ({@link RevisionLocation#classes()}) are read by a class reader,
 * when one is given, and take their place among the files by their path.
 */
public final class ScriptLoader {

	// below this many files, handing them to other threads costs more than it saves
	private static final int PARALLEL_FILES = 64;

	private final RevisionFileParser parser = new RevisionFileParser();

	private final Function<RevisionClass, Optional<RevisionScript>> classReader;

	/** A loader of revision files only. */
	public ScriptLoader() {
		this((type) -> Optional.empty());
	}

	/**
	 * @param classReader turns a class file into a revision, or empty when the class is not one
	 * (e.g. a helper class in the revisions package)
	 */
	public ScriptLoader(Function<RevisionClass, Optional<RevisionScript>> classReader) {
		this.classReader = classReader;
	}

	/**
	 * Loads every revision file.
	 * @param locations the locations, in configured order
	 * @return the revisions in load order
	 * @throws ScriptException when a file is malformed or two files declare the same revision id
	 * (the message names both files and their {@code Revision} lines)
	 */
	public List<RevisionScript> load(List<? extends RevisionLocation> locations) {
		List<RevisionScript> scripts = new ArrayList<>();
		Map<String, RevisionScript> byId = new HashMap<>();
		for (RevisionLocation location : locations) {
			List<Entry> entries = entries(location);
			Object[] parsed = parseFiles(entries);
			for (int i = 0; i < entries.size(); i++) {
				Entry entry = entries.get(i);
				if (parsed[i] instanceof RuntimeException failure) {
					throw failure;
				}
				RevisionScript script = (entry.file() != null) ? (RevisionScript) parsed[i]
						: this.classReader.apply(entry.type()).orElse(null);
				if (script == null) {
					continue;
				}
				RevisionScript other = byId.putIfAbsent(script.revision().id(), script);
				if (other != null) {
					throw new ScriptException(script.source(), line(script),
							"revision id '" + script.revision().id() + "' is also declared in " + other.source()
									+ ((line(other) > 0) ? ":" + line(other) : "")
									+ "; give one of the " + ((line(script) > 0 && line(other) > 0) ? "files" : "revisions")
									+ " a new id (ids must be unique)");
				}
				scripts.add(script);
			}
		}
		return List.copyOf(scripts);
	}

	/**
	 * Parses the files among {@code entries}, on several cores when there are many: every start
	 * parses them all. Each slot holds the script or the failure of its file, so that failures
	 * are reported in load order, as one by one.
	 */
	private Object[] parseFiles(List<Entry> entries) {
		Object[] parsed = new Object[entries.size()];
		IntStream indexes = IntStream.range(0, entries.size());
		(entries.size() >= PARALLEL_FILES ? indexes.parallel() : indexes).forEach((i) -> {
			ScriptFile file = entries.get(i).file();
			if (file != null) {
				try {
					parsed[i] = this.parser.parse(file);
				}
				catch (RuntimeException ex) {
					parsed[i] = ex;
				}
			}
		});
		return parsed;
	}

	private static List<Entry> entries(RevisionLocation location) {
		List<Entry> entries = new ArrayList<>();
		location.list().forEach((file) -> entries.add(new Entry(file.relativePath(), file, null)));
		location.classes().forEach((type) -> entries.add(new Entry(type.relativePath(), null, type)));
		// stable: files keep their own order among equal paths
		entries.sort(Comparator.comparing(Entry::path, LoadOrder.INSTANCE));
		return entries;
	}

	private static int line(RevisionScript script) {
		return (script instanceof SqlRevisionScript sql) ? sql.revisionLine() : 0;
	}

	private record Entry(String path, ScriptFile file, RevisionClass type) {
	}

}
