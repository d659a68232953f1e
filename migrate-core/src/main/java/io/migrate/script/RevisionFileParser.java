package io.migrate.script;

import io.migrate.graph.Revision;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a revision file into a {@link SqlRevisionScript}. The only code that knows the format
 * (design section 3).
 * <p>
 * The header is everything before the first section marker. In it, a line
 * {@code -- Key: value} (the first word directly followed by a colon) is a header entry; blank
 * lines, other {@code --} comment lines and {@code /* ... *}{@code /} comments are allowed and
 * ignored; anything else is an error. A comment such as {@code -- Note: ...} therefore counts as
 * an (unknown) key, which catches misspelt keys. Keys are case-insensitive.
 * <p>
 * A section marker is a line {@code -- migrate:upgrade} or {@code -- migrate:downgrade} (leading
 * whitespace allowed, case-insensitive), recognised anywhere in the file; any other
 * {@code -- migrate:...} line is an error. Sections may come in either order. The upgrade section
 * is required and may be empty (a merge revision often is); a missing downgrade section makes the
 * revision irreversible, an empty one is an explicit no-op.
 * <p>
 * A leading byte-order mark is ignored and CRLF or CR line endings are read as LF.
 */
public final class RevisionFileParser {

	private static final Pattern MARKER = Pattern.compile("--\\s*(?i:migrate):(.*)");

	private static final Pattern KEY = Pattern.compile("--\\s*([A-Za-z][A-Za-z0-9_-]*)\\s*:(.*)");

	/**
	 * Parses one file.
	 * @param file the file
	 * @return the revision and its statements
	 * @throws ScriptException when the file is malformed; the message names the file and line
	 */
	public SqlRevisionScript parse(ScriptFile file) {
		String path = file.displayPath();
		String[] lines = Checksums.normalize(file.text()).split("\n", -1);
		RevisionHeader header = new RevisionHeader(path);
		Section upgrade = null;
		Section downgrade = null;
		Section current = null;
		boolean inComment = false;
		for (int i = 0; i < lines.length; i++) {
			int lineNumber = i + 1;
			String line = lines[i].strip();
			Matcher marker = MARKER.matcher(line);
			if (marker.matches() && !inComment) {
				String name = marker.group(1).strip().toLowerCase(Locale.ROOT);
				Section previous = (name.equals("upgrade")) ? upgrade : (name.equals("downgrade")) ? downgrade : null;
				if (!name.equals("upgrade") && !name.equals("downgrade")) {
					throw new ScriptException(path, lineNumber, "unknown section marker '" + line
							+ "'; the sections are '-- migrate:upgrade' and '-- migrate:downgrade'");
				}
				if (previous != null) {
					throw new ScriptException(path, lineNumber, "section '-- migrate:" + name
							+ "' appears twice (first at line " + previous.markerLine + "); keep one");
				}
				if (current != null) {
					current.end = i;
				}
				current = new Section(lineNumber, i + 1);
				if (name.equals("upgrade")) {
					upgrade = current;
				}
				else {
					downgrade = current;
				}
			}
			else if (current == null) {
				inComment = headerLine(header, path, line, lineNumber, inComment);
			}
		}
		if (current != null) {
			current.end = lines.length;
		}
		if (inComment) {
			throw new ScriptException(path, lines.length, "comment /* in the header is not closed; add */");
		}
		Revision revision = header.revision();
		if (upgrade == null) {
			throw new ScriptException(path, (downgrade != null) ? downgrade.markerLine : 0,
					"there is no '-- migrate:upgrade' section; add that line above the upgrade statements");
		}
		return new SqlRevisionScript(revision, header.message(), header.created(), path, header.revisionLine(),
				header.transactional(), Checksums.sha256Lf(file.text()), upgrade.split(path, lines),
				(downgrade != null) ? downgrade.split(path, lines) : null);
	}

	private boolean headerLine(RevisionHeader header, String path, String line, int lineNumber, boolean inComment) {
		if (inComment) {
			return !line.contains("*/");
		}
		if (line.isEmpty()) {
			return false;
		}
		if (line.startsWith("/*")) {
			int close = line.indexOf("*/", 2);
			if (close >= 0 && !line.substring(close + 2).isBlank()) {
				throw beforeSection(path, lineNumber);
			}
			return close < 0;
		}
		if (!line.startsWith("--")) {
			throw beforeSection(path, lineNumber);
		}
		Matcher key = KEY.matcher(line);
		if (key.matches()) {
			header.add(key.group(1), key.group(2), lineNumber);
		}
		return false;
	}

	private static ScriptException beforeSection(String path, int lineNumber) {
		return new ScriptException(path, lineNumber, "SQL before the first section marker; put statements below"
				+ " '-- migrate:upgrade' or '-- migrate:downgrade', and only '-- Key: value' lines and comments above");
	}

	/** Lines [start, end) of the file (0-based indexes) after a marker. */
	private static final class Section {

		private final int markerLine;

		private final int start;

		private int end;

		Section(int markerLine, int start) {
			this.markerLine = markerLine;
			this.start = start;
		}

		List<Statement> split(String path, String[] lines) {
			String text = String.join("\n", List.of(lines).subList(this.start, this.end));
			return StatementSplitter.split(path, text, this.start + 1);
		}

	}

}
