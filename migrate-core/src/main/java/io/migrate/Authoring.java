package io.migrate;

import io.migrate.MigrateException.Reason;
import io.migrate.graph.Revision;
import io.migrate.graph.RevisionException;
import io.migrate.graph.RevisionGraph;
import io.migrate.operations.JavaRevisionWriter;
import io.migrate.script.DirectoryLocation;
import io.migrate.script.RevisionFileWriter;
import io.migrate.script.RevisionIds;
import io.migrate.script.RevisionLocation;
import io.migrate.script.RevisionLocations;
import io.migrate.script.ScriptException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;

/** {@code init}, {@code revision} and {@code merge}: the commands that write revision files. */
final class Authoring {

	private final MigrateConfig config;

	Authoring(MigrateConfig config) {
		this.config = config;
	}

	Path init() {
		Path directory = directory();
		try {
			if (Files.isDirectory(directory)) {
				try (Stream<Path> entries = Files.list(directory)) {
					if (entries.findAny().isPresent()) {
						throw new MigrateException(Reason.USAGE, "Directory " + directory
								+ " already exists and is not empty; it is ready for `migrate revision -m ...`");
					}
				}
			}
			Files.createDirectories(directory);
			return directory;
		}
		catch (IOException ex) {
			throw new MigrateException(Reason.USAGE, "Cannot create " + directory + ": " + ex.getMessage(), ex);
		}
	}

	/** Writes a revision's file and returns its path. */
	@FunctionalInterface
	interface Writer {

		Path write(Path directory, Revision revision, String message, Instant created);

	}

	CreatedRevision revision(Catalog catalog, NewRevision request, boolean merge) {
		return revision(catalog, request, merge, directory(), new RevisionFileWriter()::write);
	}

	/**
	 * Writes a Java revision skeleton into {@code sourceDirectory}, or, when null, into the Java
	 * source folder beside the revision directory: {@code .../src/main/resources/db/revisions}
	 * becomes {@code .../src/main/java/db/revisions}; any other directory is used as it is.
	 */
	CreatedRevision javaRevision(Catalog catalog, NewRevision request, Path sourceDirectory) {
		Path target = (sourceDirectory != null) ? sourceDirectory : javaSourceDirectory(directory());
		return revision(catalog, request, false, target, new JavaRevisionWriter()::write);
	}

	static Path javaSourceDirectory(Path revisionDirectory) {
		Path normalized = revisionDirectory.toAbsolutePath().normalize();
		Path resources = Path.of("src", "main", "resources", "db", "revisions");
		if (normalized.endsWith(resources)) {
			Path root = normalized;
			for (int i = 0; i < resources.getNameCount(); i++) {
				root = root.getParent();
			}
			return root.resolve("src/main/java/db/revisions");
		}
		return normalized;
	}

	private CreatedRevision revision(Catalog catalog, NewRevision request, boolean merge, Path directory,
			Writer writer) {
		RevisionGraph graph = catalog.graph();
		String id = (request.revId() != null) ? request.revId() : RevisionIds.random();
		if (!RevisionIds.isValid(id)) {
			throw new MigrateException(Reason.USAGE,
					"Revision id '" + id + "' is not valid; use 1 to 32 letters, digits or underscores");
		}
		if (catalog.script(id) != null) {
			throw new MigrateException(Reason.USAGE,
					"Revision " + id + " already exists in " + catalog.script(id).source() + "; choose another --rev-id");
		}
		List<String> parents;
		List<String> dependsOn;
		try {
			parents = graph.newRevisionParents(request.heads(), request.splice());
			dependsOn = graph.normalizeDependsOn(request.dependsOn());
		}
		catch (RevisionException ex) {
			throw RevisionErrors.translate(ex, String.join(" ", request.heads()), "revision");
		}
		if (merge && new LinkedHashSet<>(parents).size() < 2) {
			throw new MigrateException(Reason.USAGE, "Nothing to merge: " + String.join(" ", request.heads())
					+ " names " + (parents.isEmpty() ? "no revision" : "only " + parents.get(0))
					+ "; a merge joins two or more heads");
		}
		for (String label : request.branchLabels()) {
			if (catalog.script(label) != null || catalog.labelOwner(label) != null) {
				throw new MigrateException(Reason.USAGE, "Branch label '" + label
						+ "' is already used by a revision or a label; choose another");
			}
		}
		Revision revision = new Revision(id, parents, request.branchLabels(), dependsOn);
		try {
			Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
			Path path = writer.write(directory, revision, request.message(), created);
			RevisionInfo info = new RevisionInfo(id, parents, request.message() != null ? request.message() : "",
					request.branchLabels(), dependsOn, created.toString(), true, false, parents.size() > 1,
					path.toString());
			return new CreatedRevision(path, info);
		}
		catch (ScriptException | IllegalArgumentException ex) {
			throw new MigrateException(Reason.USAGE, ex.getMessage(), ex);
		}
	}

	private Path directory() {
		if (this.config.revisionDirectory() != null) {
			return this.config.revisionDirectory();
		}
		for (String spec : this.config.locationSpecs()) {
			RevisionLocation location = RevisionLocations.parse(spec, this.config.classLoader());
			if (location instanceof DirectoryLocation directory) {
				return directory.directory();
			}
		}
		throw new MigrateException(Reason.USAGE, "No directory to write revisions to: the locations ("
				+ String.join(", ", this.config.locationSpecs()) + ") are all on the classpath; give a directory location");
	}

}
