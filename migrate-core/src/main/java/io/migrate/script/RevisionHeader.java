package io.migrate.script;

import io.migrate.graph.Revision;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code -- Key: value} lines of one file's header, checked as they are added.
 */
final class RevisionHeader {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.]+");

	enum Key {

		REVISION("Revision"), REVISES("Revises"), MESSAGE("Message"), CREATED("Created"),
		BRANCH_LABELS("Branch-Labels"), DEPENDS_ON("Depends-On"), TRANSACTIONAL("Transactional");

		private final String spelling;

		Key(String spelling) {
			this.spelling = spelling;
		}

		static Key find(String name) {
			for (Key key : values()) {
				if (key.spelling.equalsIgnoreCase(name)) {
					return key;
				}
			}
			return null;
		}

		static String known() {
			return Arrays.stream(values()).map((key) -> key.spelling).collect(Collectors.joining(", "));
		}

	}

	private final String file;

	private final Map<Key, String> values = new EnumMap<>(Key.class);

	private final Map<Key, Integer> lines = new EnumMap<>(Key.class);

	RevisionHeader(String file) {
		this.file = file;
	}

	void add(String name, String rawValue, int line) {
		Key key = Key.find(name);
		if (key == null) {
			throw error(line, "unknown header key '" + name + "'; the known keys are " + Key.known()
					+ " (write other comments without a colon right after the first word)");
		}
		if (this.values.containsKey(key)) {
			throw error(line, "header key '" + key.spelling + "' appears twice (first at line " + this.lines.get(key)
					+ "); keep one");
		}
		String value = rawValue.strip();
		check(key, value, line);
		this.values.put(key, value);
		this.lines.put(key, line);
	}

	private void check(Key key, String value, int line) {
		switch (key) {
			case REVISION -> {
				if (!RevisionIds.isValid(value)) {
					throw error(line, "malformed revision id '" + value
							+ "'; use 1 to 32 characters from A-Z, a-z, 0-9 and _");
				}
			}
			case REVISES -> list(key, value, line).forEach((id) -> {
				if (!RevisionIds.isValid(id)) {
					throw error(line, "malformed revision id '" + id
							+ "' in Revises; use 1 to 32 characters from A-Z, a-z, 0-9 and _, separated by commas");
				}
			});
			case BRANCH_LABELS, DEPENDS_ON -> list(key, value, line).forEach((name) -> {
				if (!NAME.matcher(name).matches()) {
					throw error(line, "malformed name '" + name + "' in " + key.spelling
							+ "; use letters, digits, _ and . separated by commas");
				}
			});
			case TRANSACTIONAL -> {
				if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
					throw error(line, "Transactional must be true or false, not '" + value + "'");
				}
			}
			case CREATED -> {
				if (!value.isEmpty() && !isIsoDateTime(value)) {
					throw error(line, "Created '" + value
							+ "' is not an ISO-8601 date-time; write it like 2023-08-02T17:33:01Z");
				}
			}
			case MESSAGE -> {
			}
		}
	}

	private static boolean isIsoDateTime(String value) {
		for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_DATE_TIME, DateTimeFormatter.ISO_DATE)) {
			try {
				format.parse(value);
				return true;
			}
			catch (DateTimeParseException ex) {
				// try the next form
			}
		}
		return false;
	}

	private List<String> list(Key key, String value, int line) {
		if (value.isEmpty()) {
			return List.of();
		}
		Set<String> items = new LinkedHashSet<>();
		for (String item : value.split(",", -1)) {
			String name = item.strip();
			if (name.isEmpty()) {
				throw error(line, key.spelling + " has an empty entry; separate the entries with single commas");
			}
			if (!items.add(name)) {
				throw error(line, key.spelling + " lists '" + name + "' twice; keep one");
			}
		}
		return new ArrayList<>(items);
	}

	/** @return the line of the Revision key, or 0 when it is missing */
	int revisionLine() {
		return this.lines.getOrDefault(Key.REVISION, 0);
	}

	Revision revision() {
		String id = this.values.get(Key.REVISION);
		if (id == null) {
			throw error(1, "the header has no Revision; add a line like '-- Revision: 51f20aa4768b'"
					+ " before -- migrate:upgrade");
		}
		return new Revision(id, listOf(Key.REVISES), listOf(Key.BRANCH_LABELS), listOf(Key.DEPENDS_ON));
	}

	private List<String> listOf(Key key) {
		String value = this.values.get(key);
		return (value != null) ? list(key, value, this.lines.get(key)) : List.of();
	}

	String message() {
		return this.values.getOrDefault(Key.MESSAGE, "");
	}

	String created() {
		String created = this.values.get(Key.CREATED);
		return (created == null || created.isEmpty()) ? null : created;
	}

	boolean transactional() {
		return !"false".equals(this.values.getOrDefault(Key.TRANSACTIONAL, "true").toLowerCase(Locale.ROOT));
	}

	private ScriptException error(int line, String problem) {
		return new ScriptException(this.file, line, problem);
	}

}
