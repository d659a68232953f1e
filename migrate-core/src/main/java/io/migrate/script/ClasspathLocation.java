package io.migrate.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Revision files in a classpath folder, e.g. {@code classpath:db/revisions}, read through a
 * {@link ClassLoader}. The folder may be a directory on the classpath or a folder inside a jar;
 * when several classpath roots hold it, their files are merged into one load order (by relative
 * path), classpath order breaking ties. A folder that is nowhere on the classpath has no files
 * (an application may not have revisions yet). Files are displayed by their absolute path, or
 * as {@code /path/app.jar!/db/revisions/x.sql} inside a jar. Inside a jar the folder is found only when the jar
 * has an entry for it, as jars built by Maven and Gradle do.
 * <p>
 * The folder's class files are candidate Java revisions ({@link #classes()}): for
 * {@code classpath:db/revisions}, the classes of package {@code db.revisions} and its
 * subpackages, nested classes excepted. They take their place in the load order by their path,
 * e.g. {@code R51f20aa4768b_add_department.class}, as if they were revision files.
 */
public final class ClasspathLocation implements RevisionLocation {

	private final String folder;

	private final ClassLoader classLoader;

	/**
	 * @param folder the folder, e.g. {@code db/revisions} (leading and trailing {@code /} ignored)
	 * @param classLoader the class loader to read through
	 */
	public ClasspathLocation(String folder, ClassLoader classLoader) {
		this.folder = trimSlashes(folder);
		this.classLoader = classLoader;
		if (this.folder.isEmpty()) {
			throw new IllegalArgumentException("A classpath location needs a folder, e.g. classpath:db/revisions");
		}
	}

	private static String trimSlashes(String path) {
		String trimmed = path.strip();
		while (trimmed.startsWith("/")) {
			trimmed = trimmed.substring(1);
		}
		while (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return trimmed;
	}

	/** @return the folder, without leading or trailing {@code /} */
	public String folder() {
		return this.folder;
	}

	@Override
	public String description() {
		return "classpath:" + this.folder;
	}

	/**
	 * @throws ScriptException when a file is not UTF-8
	 */
	@Override
	public List<ScriptFile> list() {
		List<ScriptFile> files = new ArrayList<>();
		try {
			for (URL root : Collections.list(this.classLoader.getResources(this.folder))) {
				if ("file".equals(root.getProtocol())) {
					files.addAll(fromDirectory(root));
				}
				else if ("jar".equals(root.getProtocol())) {
					files.addAll(fromJar(root));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + description(), ex);
		}
		// a stable sort: files with the same relative path keep classpath order
		files.sort(Comparator.comparing(ScriptFile::relativePath, LoadOrder.INSTANCE));
		return files;
	}

	/**
	 * @return the class files of the folder (top-level classes only), in load order
	 */
	@Override
	public List<RevisionClass> classes() {
		List<String> paths = new ArrayList<>();
		try {
			for (URL root : Collections.list(this.classLoader.getResources(this.folder))) {
				if ("file".equals(root.getProtocol())) {
					collectClasses(directoryOf(root), "", paths);
				}
				else if ("jar".equals(root.getProtocol())) {
					classesInJar(root, paths);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + description(), ex);
		}
		paths.sort(LoadOrder.INSTANCE);
		String prefix = this.folder.replace('/', '.') + ".";
		return paths.stream()
			.distinct()
			.map((path) -> new RevisionClass(path,
					prefix + path.substring(0, path.length() - ".class".length()).replace('/', '.'), this.classLoader))
			.toList();
	}

	private static boolean isRevisionClass(String relative) {
		return relative.endsWith(".class") && !relative.contains("$") && !isHidden(relative)
				&& !relative.endsWith("package-info.class");
	}

	private static void collectClasses(Path folder, String prefix, List<String> paths) throws IOException {
		try (java.util.stream.Stream<Path> children = java.nio.file.Files.list(folder)) {
			for (Path child : children.toList()) {
				String name = child.getFileName().toString();
				if (java.nio.file.Files.isDirectory(child) && !name.startsWith(".")) {
					collectClasses(child, prefix + name + "/", paths);
				}
				else if (isRevisionClass(prefix + name)) {
					paths.add(prefix + name);
				}
			}
		}
	}

	private static void classesInJar(URL root, List<String> paths) throws IOException {
		if (!(root.openConnection() instanceof JarURLConnection connection)) {
			return;
		}
		connection.setUseCaches(false);
		String prefix = trimSlashes(connection.getEntryName()) + "/";
		try (JarFile jar = connection.getJarFile()) {
			for (JarEntry entry : Collections.list(jar.entries())) {
				String name = entry.getName();
				if (!entry.isDirectory() && name.startsWith(prefix) && isRevisionClass(name.substring(prefix.length()))) {
					paths.add(name.substring(prefix.length()));
				}
			}
		}
	}

	private static Path directoryOf(URL root) {
		try {
			return Path.of(root.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException("Cannot read " + root, ex);
		}
	}

	private List<ScriptFile> fromDirectory(URL root) {
		Path directory;
		try {
			directory = Path.of(root.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException("Cannot read " + root, ex);
		}
		return new DirectoryLocation(directory).list();
	}

	private List<ScriptFile> fromJar(URL root) throws IOException {
		URLConnection connection = root.openConnection();
		if (!(connection instanceof JarURLConnection jarConnection)) {
			return List.of();
		}
		// no cache: the jar is closed below and a rebuilt jar is read afresh
		jarConnection.setUseCaches(false);
		String prefix = trimSlashes(jarConnection.getEntryName()) + "/";
		List<ScriptFile> files = new ArrayList<>();
		try (JarFile jar = jarConnection.getJarFile()) {
			for (JarEntry entry : Collections.list(jar.entries())) {
				String name = entry.getName();
				String relative = name.startsWith(prefix) ? name.substring(prefix.length()) : "";
				if (!entry.isDirectory() && relative.endsWith(".sql") && !isHidden(relative)) {
					String display = jar.getName() + "!/" + name;
					try (InputStream in = jar.getInputStream(entry)) {
						files.add(new ScriptFile(relative, display, decode(in.readAllBytes(), display)));
					}
				}
			}
		}
		return files;
	}

	private static boolean isHidden(String relative) {
		return relative.startsWith(".") || relative.contains("/.");
	}

	private static String decode(byte[] bytes, String display) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new ScriptException(display, 0, "the file is not valid UTF-8; save it as UTF-8");
		}
	}

}
