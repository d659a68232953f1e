package io.migrate.script;

/**
 * The raw text of one revision file, as a location lists it.
 * @param relativePath the path relative to its location, with {@code /} separators; it sets the load order
 * @param displayPath what error messages call the file (an absolute path, or {@code classpath:...})
 * @param text the file's content, decoded as UTF-8
 */
public record ScriptFile(String relativePath, String displayPath, String text) {
}
