package io.migrate.operations;

import java.util.List;
import java.util.regex.Pattern;

/** Checks the names operations use: they are written into SQL unquoted. */
final class Names {

	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*)?");

	private Names() {
	}

	static String check(String what, String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("The " + what + " name '" + name + "' is not valid; operations write"
					+ " names unquoted, so use letters, digits and underscores (quote-needing names: use execute)");
		}
		return name;
	}

	static List<String> checkAll(String what, List<String> names) {
		if (names.isEmpty()) {
			throw new IllegalArgumentException("At least one " + what + " is needed");
		}
		names.forEach((name) -> check(what, name));
		return List.copyOf(names);
	}

}
