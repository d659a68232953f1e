package io.migrate.runtime;

/** Renders values as SQL literals for offline scripts. */
final class SqlLiterals {

	private SqlLiterals() {
	}

	static String string(String value) {
		return (value != null) ? "'" + value.replace("'", "''") + "'" : "NULL";
	}

}
