package io.migrate.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads what SQLite's pragmas do not tell from a table's {@code CREATE TABLE} text: the names of
 * its constraints and its check constraints. A light scanner: it splits the column list on
 * top-level commas and reads each element's words, quoted names and parenthesised groups.
 */
final class SqliteTableSql {

	/**
	 * A constraint as written: its kind ({@code UNIQUE}, {@code FOREIGN}, {@code CHECK},
	 * {@code PRIMARY}, {@code REFERENCES}), its name or null, the columns it lists (or the column
	 * it is declared on), and for a check its condition.
	 */
	record Written(String kind, String name, List<String> columns, String condition) {
	}

	private SqliteTableSql() {
	}

	static List<Written> constraints(String createTable) {
		List<Written> found = new ArrayList<>();
		int open = createTable.indexOf('(');
		int close = createTable.lastIndexOf(')');
		if (open < 0 || close < open) {
			return found;
		}
		for (String element : split(createTable.substring(open + 1, close), ',')) {
			List<String> tokens = tokens(element);
			if (tokens.isEmpty()) {
				continue;
			}
			String first = upper(tokens.get(0));
			boolean tableLevel = List.of("CONSTRAINT", "UNIQUE", "FOREIGN", "CHECK", "PRIMARY").contains(first);
			String column = tableLevel ? null : unquote(tokens.get(0));
			String name = null;
			for (int i = tableLevel ? 0 : 1; i < tokens.size(); i++) {
				String word = upper(tokens.get(i));
				if (word.equals("CONSTRAINT") && i + 1 < tokens.size()) {
					name = unquote(tokens.get(++i));
				}
				else if (List.of("UNIQUE", "FOREIGN", "CHECK", "PRIMARY", "REFERENCES").contains(word)) {
					String group = nextGroup(tokens, i + 1);
					List<String> columns = (column != null) ? List.of(column)
							: (group != null && !word.equals("CHECK")) ? names(group) : List.of();
					String condition = word.equals("CHECK") && group != null ? group.substring(1, group.length() - 1).strip()
							: null;
					found.add(new Written(word, name, columns, condition));
					name = null;
					if (tableLevel) {
						break;
					}
				}
			}
		}
		return found;
	}

	private static String nextGroup(List<String> tokens, int from) {
		for (int i = from; i < tokens.size() && i <= from + 1; i++) {
			if (tokens.get(i).startsWith("(")) {
				return tokens.get(i);
			}
		}
		return null;
	}

	private static List<String> names(String group) {
		List<String> names = new ArrayList<>();
		for (String part : split(group.substring(1, group.length() - 1), ',')) {
			List<String> words = tokens(part);
			if (!words.isEmpty()) {
				names.add(unquote(words.get(0)));
			}
		}
		return names;
	}

	static String unquote(String name) {
		if (name.length() >= 2 && "\"`[".indexOf(name.charAt(0)) >= 0) {
			return name.substring(1, name.length() - 1);
		}
		return name;
	}

	private static String upper(String word) {
		return word.toUpperCase(Locale.ROOT);
	}

	/** Splits on {@code separator} outside quotes and parentheses. */
	static List<String> split(String text, char separator) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\'' || c == '"' || c == '`' || c == '[') {
				i = endOfQuote(text, i);
			}
			else if (c == '-' && text.startsWith("--", i)) {
				int end = text.indexOf('\n', i);
				i = (end < 0) ? text.length() : end;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			else if (c == separator && depth == 0) {
				parts.add(text.substring(start, i));
				start = i + 1;
			}
		}
		parts.add(text.substring(start));
		return parts;
	}

	/** Words, quoted names and whole parenthesised groups, comments dropped. */
	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (text.startsWith("--", i)) {
				int end = text.indexOf('\n', i);
				i = (end < 0) ? text.length() : end;
			}
			else if (c == '\'' || c == '"' || c == '`' || c == '[') {
				int end = endOfQuote(text, i);
				tokens.add(text.substring(i, Math.min(end + 1, text.length())));
				i = end + 1;
			}
			else if (c == '(') {
				int depth = 0;
				int j = i;
				for (; j < text.length(); j++) {
					char d = text.charAt(j);
					if (d == '\'' || d == '"' || d == '`' || d == '[') {
						j = endOfQuote(text, j);
					}
					else if (d == '(') {
						depth++;
					}
					else if (d == ')' && --depth == 0) {
						break;
					}
				}
				tokens.add(text.substring(i, Math.min(j + 1, text.length())));
				i = j + 1;
			}
			else {
				int j = i;
				while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && "()'\"`[,".indexOf(text.charAt(j)) < 0) {
					j++;
				}
				tokens.add(text.substring(i, Math.max(j, i + 1)));
				i = Math.max(j, i + 1);
			}
		}
		return tokens;
	}

	private static int endOfQuote(String text, int start) {
		char close = (text.charAt(start) == '[') ? ']' : text.charAt(start);
		int i = start + 1;
		while (i < text.length()) {
			if (text.charAt(i) == close) {
				if (close != ']' && i + 1 < text.length() && text.charAt(i + 1) == close) {
					i += 2;
					continue;
				}
				return i;
			}
			i++;
		}
		return text.length();
	}

}
