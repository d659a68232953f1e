package io.migrate.script;

/**
 * One SQL statement of a revision section, without its terminating semicolon.
 * @param sql the statement text
 * @param line the 1-based line in the revision file where the statement starts
 */
public record Statement(String sql, int line) {
}
