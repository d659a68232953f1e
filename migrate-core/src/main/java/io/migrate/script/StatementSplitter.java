package io.migrate.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits the SQL of one section into statements on {@code ;}.
 * <p>
 * A {@code ;} does not split inside single-quoted strings ({@code ''} escapes), double-quoted
 * and backtick-quoted identifiers, {@code --} and {@code /* *}{@code /} comments, PostgreSQL
 * dollar quotes ({@code $$...$$}, {@code $tag$...$tag$}), or the {@code BEGIN ... END} body of a
 * {@code CREATE TRIGGER} (also {@code PROCEDURE}, {@code FUNCTION} and {@code EVENT}, which
 * MySQL writes the same way). Inside such a body {@code BEGIN} and {@code CASE} open a block and
 * {@code END} closes one, except {@code END IF}, {@code END LOOP}, {@code END WHILE} and
 * {@code END REPEAT}, whose openers are not counted.
 * <p>
 * A statement starts at its first character that is not whitespace or a comment (leading
 * comments are dropped, MySQL's {@code /*!} and {@code /*+} are kept as code), and is trimmed;
 * statements that are only comments are dropped; a final statement without {@code ;} counts.
 * A string, identifier, comment, dollar quote or body left open at the end is an error.
 */
final class StatementSplitter {

	private static final Set<String> ROUTINES = Set.of("TRIGGER", "PROCEDURE", "FUNCTION", "EVENT");

	private static final Set<String> NOT_ROUTINES = Set.of("TABLE", "VIEW", "INDEX", "SEQUENCE", "SCHEMA",
			"DATABASE", "TYPE", "DOMAIN", "UNIQUE", "USER", "ROLE");

	private static final Set<String> UNCOUNTED_ENDS = Set.of("IF", "LOOP", "WHILE", "REPEAT");

	private final String file;

	private final String sql;

	private final List<Statement> statements = new ArrayList<>();

	private int pos;

	private int line;

	// the current statement: where it starts (-1 before its first code), its line, its words
	private int start = -1;

	private int startLine;

	private int wordCount;

	private boolean routine;

	private boolean routineDecided;

	private int depth;

	private int bodyLine;

	private StatementSplitter(String file, String sql, int firstLine) {
		this.file = file;
		this.sql = sql;
		this.line = firstLine;
	}

	/**
	 * Splits a section.
	 * @param file the file's display path, for errors
	 * @param sql the section's text, with {@code \n} line endings
	 * @param firstLine the line in the file where the section's text starts (1-based)
	 * @return the statements, in order
	 * @throws ScriptException when a quote, comment or body is not closed
	 */
	static List<Statement> split(String file, String sql, int firstLine) {
		StatementSplitter splitter = new StatementSplitter(file, sql, firstLine);
		splitter.run();
		return splitter.statements;
	}

	private void run() {
		while (this.pos < this.sql.length()) {
			char c = this.sql.charAt(this.pos);
			if (c == '\n') {
				this.line++;
				this.pos++;
			}
			else if (Character.isWhitespace(c)) {
				this.pos++;
			}
			else if (c == '-' && peek(1) == '-') {
				skipLineComment();
			}
			else if (c == '/' && peek(1) == '*') {
				boolean code = peek(2) == '!' || peek(2) == '+';
				if (code) {
					markStart();
				}
				skipBlockComment();
			}
			else if (c == ';' && this.depth == 0) {
				endStatement();
				this.pos++;
			}
			else {
				markStart();
				scanCode(c);
			}
		}
		if (this.depth > 0) {
			throw new ScriptException(this.file, this.bodyLine,
					"BEGIN has no matching END; close the body with END; before the next statement");
		}
		endStatement();
	}

	private void scanCode(char c) {
		if (c == '\'' || c == '"' || c == '`') {
			skipQuoted(c);
		}
		else if (c == '$' && dollarTagEnd() > 0) {
			skipDollarQuoted();
		}
		else if (Character.isLetter(c) || c == '_') {
			int end = this.pos;
			while (end < this.sql.length() && isWordPart(this.sql.charAt(end))) {
				end++;
			}
			int wordStart = this.pos;
			this.pos = end;
			if (this.routineDecided && !this.routine) {
				// a plain statement: its words no longer matter, so spare the copy
				this.wordCount++;
			}
			else {
				word(this.sql.substring(wordStart, end).toUpperCase(Locale.ROOT));
			}
		}
		else if (Character.isDigit(c)) {
			while (this.pos < this.sql.length() && isWordPart(this.sql.charAt(this.pos))) {
				this.pos++;
			}
		}
		else {
			this.pos++;
		}
	}

	private void word(String word) {
		this.wordCount++;
		if (!this.routineDecided) {
			if (this.wordCount == 1) {
				this.routineDecided = !word.equals("CREATE");
			}
			else if (ROUTINES.contains(word)) {
				this.routine = true;
				this.routineDecided = true;
			}
			else if (NOT_ROUTINES.contains(word) || this.wordCount > 8) {
				this.routineDecided = true;
			}
			return;
		}
		if (!this.routine) {
			return;
		}
		if (word.equals("BEGIN") || (word.equals("CASE") && this.depth > 0)) {
			if (this.depth == 0) {
				this.bodyLine = this.line;
			}
			this.depth++;
		}
		else if (word.equals("END") && this.depth > 0) {
			endBlock();
		}
	}

	// END IF (LOOP, WHILE, REPEAT) closes a block whose opener is not counted; END CASE closes a
	// counted CASE. Either way the word after END is consumed so CASE does not open a new block.
	private void endBlock() {
		int i = this.pos;
		int lines = 0;
		while (i < this.sql.length() && Character.isWhitespace(this.sql.charAt(i))) {
			lines += (this.sql.charAt(i) == '\n') ? 1 : 0;
			i++;
		}
		int end = i;
		while (end < this.sql.length() && isWordPart(this.sql.charAt(end))) {
			end++;
		}
		String next = this.sql.substring(i, end).toUpperCase(Locale.ROOT);
		if (UNCOUNTED_ENDS.contains(next) || next.equals("CASE")) {
			this.pos = end;
			this.line += lines;
		}
		if (!UNCOUNTED_ENDS.contains(next)) {
			this.depth--;
		}
	}

	private void skipLineComment() {
		while (this.pos < this.sql.length() && this.sql.charAt(this.pos) != '\n') {
			this.pos++;
		}
	}

	private void skipBlockComment() {
		int opened = this.line;
		this.pos += 2;
		while (this.pos < this.sql.length()) {
			char c = this.sql.charAt(this.pos);
			if (c == '*' && peek(1) == '/') {
				this.pos += 2;
				return;
			}
			advance(c);
		}
		throw new ScriptException(this.file, opened, "comment /* is not closed; add */");
	}

	private void skipQuoted(char quote) {
		int opened = this.line;
		this.pos++;
		while (this.pos < this.sql.length()) {
			char c = this.sql.charAt(this.pos);
			if (c == quote) {
				if (peek(1) != quote) {
					this.pos++;
					return;
				}
				this.pos += 2;
			}
			else {
				advance(c);
			}
		}
		String what = (quote == '\'') ? "string" : "quoted identifier";
		throw new ScriptException(this.file, opened,
				what + " opened with " + quote + " is not closed; close it (write " + quote + quote
						+ " for a " + quote + " inside it)");
	}

	private void skipDollarQuoted() {
		int opened = this.line;
		int tagEnd = dollarTagEnd();
		String tag = this.sql.substring(this.pos, tagEnd);
		int close = this.sql.indexOf(tag, tagEnd);
		if (close < 0) {
			throw new ScriptException(this.file, opened, "dollar quote " + tag + " is not closed; end it with " + tag);
		}
		for (int i = this.pos; i < close; i++) {
			if (this.sql.charAt(i) == '\n') {
				this.line++;
			}
		}
		this.pos = close + tag.length();
	}

	/** @return the index after the closing {@code $} of a dollar-quote tag at pos, or -1 */
	private int dollarTagEnd() {
		if (this.pos > 0 && isWordPart(this.sql.charAt(this.pos - 1))) {
			return -1;
		}
		int i = this.pos + 1;
		if (i < this.sql.length() && (Character.isLetter(this.sql.charAt(i)) || this.sql.charAt(i) == '_')) {
			while (i < this.sql.length() && (Character.isLetterOrDigit(this.sql.charAt(i)) || this.sql.charAt(i) == '_')) {
				i++;
			}
		}
		return (i < this.sql.length() && this.sql.charAt(i) == '$') ? i + 1 : -1;
	}

	private void advance(char c) {
		if (c == '\n') {
			this.line++;
		}
		this.pos++;
	}

	private char peek(int ahead) {
		int i = this.pos + ahead;
		return (i < this.sql.length()) ? this.sql.charAt(i) : '\0';
	}

	private void markStart() {
		if (this.start < 0) {
			this.start = this.pos;
			this.startLine = this.line;
		}
	}

	private void endStatement() {
		if (this.start >= 0) {
			String text = this.sql.substring(this.start, Math.min(this.pos, this.sql.length())).strip();
			if (!text.isEmpty()) {
				this.statements.add(new Statement(text, this.startLine));
			}
		}
		this.start = -1;
		this.wordCount = 0;
		this.routine = false;
		this.routineDecided = false;
		this.depth = 0;
	}

	private static boolean isWordPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '$';
	}

}
