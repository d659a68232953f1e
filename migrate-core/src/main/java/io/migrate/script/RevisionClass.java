package io.migrate.script;

/**
 * A class file found under a classpath location, a candidate revision written in Java. It takes
 * its place in the load order by its path, as if the class file were a revision file.
 * @param relativePath the class file's path relative to the location, e.g. {@code R1a2b_add_email.class}
 * @param className the binary class name, e.g. {@code db.revisions.R1a2b_add_email}
 * @param classLoader the class loader to load it with
 */
public record RevisionClass(String relativePath, String className, ClassLoader classLoader) {
}
