package io.migrate.spring.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.migrate.script.LoadOrder;
import io.migrate.script.RevisionClass;
import io.migrate.script.RevisionLocation;
import io.migrate.script.ScriptFile;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * A location read through Spring's {@link ResourcePatternResolver}, so that classpath folders
 * are found in every jar and inside a Spring Boot fat jar, where they are not plain files.
 */
final class ResourceRevisionLocation implements RevisionLocation {

	private final String spec;

	private final String classpathFolder;

	private final String root;

	private final ResourcePatternResolver resolver;

	/**
	 * @param spec {@code classpath:folder}, {@code filesystem:path}, a directory, or a Spring
	 * resource location such as {@code file:path} or {@code classpath*:folder}
	 */
	ResourceRevisionLocation(String spec, ResourcePatternResolver resolver) {
		this.spec = spec;
		this.resolver = resolver;
		String folder = null;
		String root;
		if (spec.startsWith("classpath:") || spec.startsWith("classpath*:")) {
			folder = trimSlashes(spec.substring(spec.indexOf(':') + 1));
			// classpath*: so that a folder split over several jars is read whole.
			root = "classpath*:" + folder + "/";
		}
		else if (spec.startsWith("filesystem:")) {
			root = directory(spec.substring("filesystem:".length()));
		}
		else if (spec.matches("[A-Za-z][A-Za-z0-9+.*-]+:.*")) {
			root = spec.endsWith("/") ? spec : spec + "/";
		}
		else {
			root = directory(spec);
		}
		this.classpathFolder = folder;
		this.root = root;
	}

	private static String directory(String path) {
		return Paths.get(path).toAbsolutePath().normalize().toUri().toString();
	}

	private static String trimSlashes(String path) {
		String trimmed = path;
		while (trimmed.startsWith("/")) {
			trimmed = trimmed.substring(1);
		}
		while (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return trimmed;
	}

	@Override
	public String description() {
		return this.spec;
	}

	@Override
	public List<ScriptFile> list() {
		try {
			List<ScriptFile> files = new ArrayList<>();
			for (Resource root : this.resolver.getResources(this.root)) {
				if (root.exists()) {
					addFiles(root, files);
				}
			}
			// A stable sort keeps the classpath order of roots for equal relative paths.
			files.sort(Comparator.comparing(ScriptFile::relativePath, LoadOrder.INSTANCE));
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the revision files of '" + this.spec + "'", ex);
		}
	}

	/**
	 * Lists the classes below a classpath folder as candidate Java revisions (package
	 * {@code db.revisions} and its subpackages for {@code classpath:db/revisions}), also inside a
	 * Boot fat jar. Nested classes are not candidates.
	 */
	@Override
	public List<RevisionClass> classes() {
		if (this.classpathFolder == null) {
			return List.of();
		}
		try {
			List<RevisionClass> classes = new ArrayList<>();
			for (Resource root : this.resolver.getResources(this.root)) {
				if (root.exists()) {
					addClasses(root, classes);
				}
			}
			classes.sort(Comparator.comparing(RevisionClass::relativePath, LoadOrder.INSTANCE));
			return classes.stream().distinct().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the revision classes of '" + this.spec + "'", ex);
		}
	}

	private void addClasses(Resource root, List<RevisionClass> classes) throws IOException {
		String rootUrl = rootUrl(root);
		Path rootPath = root.isFile() ? root.getFile().toPath() : null;
		String packagePrefix = this.classpathFolder.replace('/', '.') + ".";
		for (Resource resource : this.resolver.getResources(rootUrl + "**/*.class")) {
			String relative = relativePath(rootUrl, rootPath, resource);
			if (relative.contains("$") || relative.endsWith("package-info.class")) {
				continue;
			}
			String className = packagePrefix
					+ relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
			classes.add(new RevisionClass(relative, className, this.resolver.getClassLoader()));
		}
	}

	private static String rootUrl(Resource root) throws IOException {
		String url = root.getURL().toString();
		return url.endsWith("/") ? url : url + "/";
	}

	private void addFiles(Resource root, List<ScriptFile> files) throws IOException {
		String rootUrl = rootUrl(root);
		Path rootPath = root.isFile() ? root.getFile().toPath() : null;
		for (Resource resource : this.resolver.getResources(rootUrl + "**/*.sql")) {
			if (!resource.isReadable()) {
				continue;
			}
			String relative = relativePath(rootUrl, rootPath, resource);
			String display = (this.classpathFolder != null) ? "classpath:" + this.classpathFolder + "/" + relative
					: resource.isFile() ? resource.getFile().getAbsolutePath() : resource.getURL().toString();
			files.add(new ScriptFile(relative, display, resource.getContentAsString(StandardCharsets.UTF_8)));
		}
	}

	private static String relativePath(String rootUrl, Path rootPath, Resource resource) throws IOException {
		if (rootPath != null && resource.isFile()) {
			return rootPath.relativize(resource.getFile().toPath()).toString().replace('\\', '/');
		}
		String url = resource.getURL().toString();
		if (url.startsWith(rootUrl)) {
			return url.substring(rootUrl.length());
		}
		return resource.getFilename();
	}

}
