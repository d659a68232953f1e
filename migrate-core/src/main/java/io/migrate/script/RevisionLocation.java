package io.migrate.script;

import java.util.List;

/**
 * A place revision files are read from: a directory, a classpath folder, or anything a host
 * (such as the Spring Boot starter) provides.
 */
public interface RevisionLocation {

	/** @return the location as the user wrote it, for messages */
	String description();

	/**
	 * Lists the revision files ({@code *.sql}) below this location, subfolders included, in load
	 * order: within a folder its own files first by name, then its subfolders by name.
	 * @return the files; empty when the location has none
	 */
	List<ScriptFile> list();

	/**
	 * Lists the class files below this location that may be revisions written in Java; they are
	 * loaded in the same order as the files, by their relative path.
	 * @return the classes; empty for locations that cannot hold classes (the default)
	 */
	default List<RevisionClass> classes() {
		return List.of();
	}

}
