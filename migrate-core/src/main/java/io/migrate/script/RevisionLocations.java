package io.migrate.script;

import java.nio.file.Path;

/**
 * Turns a location as users write it (the {@code --location} option, {@code migrate.locations})
 * into a {@link RevisionLocation}.
 */
public final class RevisionLocations {

	private static final String CLASSPATH = "classpath:";

	private static final String FILESYSTEM = "filesystem:";

	private RevisionLocations() {
	}

	/**
	 * Parses a location: {@code classpath:db/revisions} is a {@link ClasspathLocation};
	 * {@code filesystem:path} and anything else is a {@link DirectoryLocation} (relative paths
	 * resolve against the working directory).
	 * @param spec the location as written
	 * @param classLoader the class loader for {@code classpath:} locations
	 * @return the location
	 * @throws IllegalArgumentException when the location is empty or names no folder
	 */
	public static RevisionLocation parse(String spec, ClassLoader classLoader) {
		String value = spec.strip();
		if (value.regionMatches(true, 0, CLASSPATH, 0, CLASSPATH.length())) {
			return new ClasspathLocation(value.substring(CLASSPATH.length()), classLoader);
		}
		if (value.regionMatches(true, 0, FILESYSTEM, 0, FILESYSTEM.length())) {
			value = value.substring(FILESYSTEM.length()).strip();
		}
		if (value.isEmpty()) {
			throw new IllegalArgumentException("Empty revision location '" + spec
					+ "'; give a directory or classpath:folder");
		}
		return new DirectoryLocation(Path.of(value), spec.strip());
	}

}
