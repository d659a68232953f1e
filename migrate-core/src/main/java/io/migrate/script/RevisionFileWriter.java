package io.migrate.script;

import io.migrate.graph.Revision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Writes new revision files, as {@code migrate revision} and {@code migrate merge} do: named
 * {@code <id>_<slug>.sql} (just {@code <id>.sql} when the message has no letters or digits), with
 * the header of design section 3 and an empty upgrade and downgrade section:
 *
 * <pre>
 * -- Revision: 51f20aa4768b
 * -- Revises: 15537423c56d
 * -- Message: add Department
 * -- Created: 2023-08-02T17:33:01Z
 *
 * -- migrate:upgrade
 *
 *
 * -- migrate:downgrade
 *
 * </pre>
 *
 * {@code Branch-Labels} and {@code Depends-On} lines follow {@code Created} when given. The
 * downgrade section is written empty, which reads as an explicit no-op until statements are
 * added. Line breaks in the message become spaces.
 */
public final class RevisionFileWriter {

	private static final int SLUG_LENGTH = 40;

	private final RevisionFileParser parser = new RevisionFileParser();

	/**
	 * Writes a new revision file.
	 * @param directory the folder to write into; it must exist
	 * @param revision the revision: id, parents, branch labels, dependencies
	 * @param message the message, possibly empty
	 * @param created the creation time, written in UTC to the second
	 * @return the file written
	 * @throws IllegalArgumentException when an id, label or dependency is malformed
	 * @throws ScriptException when the directory does not exist or the file already exists
	 */
	public Path write(Path directory, Revision revision, String message, Instant created) {
		String text = render(revision, message, created);
		String name = fileName(revision.id(), message);
		try {
			// what we write must read back
			this.parser.parse(new ScriptFile(name, name, text));
		}
		catch (ScriptException ex) {
			throw new IllegalArgumentException("Cannot write revision " + revision.id() + ": " + ex.getMessage(), ex);
		}
		Path file = directory.resolve(name);
		if (!Files.isDirectory(directory)) {
			throw new ScriptException(directory.toString(), 0,
					"the revision directory does not exist; run `migrate init` to create it");
		}
		try {
			Files.writeString(file, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		}
		catch (FileAlreadyExistsException ex) {
			throw new ScriptException(file.toString(), 0,
					"the file already exists and is not overwritten; choose another --rev-id or message");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
		return file;
	}

	/**
	 * Renders the content of a new revision file.
	 * @param revision the revision
	 * @param message the message
	 * @param created the creation time
	 * @return the file's text, with LF line endings
	 */
	String render(Revision revision, String message, Instant created) {
		StringBuilder text = new StringBuilder();
		line(text, "Revision", revision.id());
		line(text, "Revises", String.join(", ", revision.downRevisions()));
		line(text, "Message", singleLine(message));
		line(text, "Created", DateTimeFormatter.ISO_INSTANT.format(created.truncatedTo(ChronoUnit.SECONDS)));
		optionalLine(text, "Branch-Labels", revision.branchLabels());
		optionalLine(text, "Depends-On", revision.dependsOn());
		text.append("\n-- migrate:upgrade\n\n\n-- migrate:downgrade\n\n");
		return text.toString();
	}

	/**
	 * The name of a new revision file.
	 * @param id the revision id
	 * @param message the message
	 * @return {@code <id>_<slug>.sql}, or {@code <id>.sql} when the slug is empty
	 */
	static String fileName(String id, String message) {
		String slug = singleLine(message).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
		slug = trimUnderscores(slug);
		if (slug.length() > SLUG_LENGTH) {
			slug = trimUnderscores(slug.substring(0, SLUG_LENGTH));
		}
		return slug.isEmpty() ? id + ".sql" : id + "_" + slug + ".sql";
	}

	private static String trimUnderscores(String slug) {
		int start = 0;
		int end = slug.length();
		while (start < end && slug.charAt(start) == '_') {
			start++;
		}
		while (end > start && slug.charAt(end - 1) == '_') {
			end--;
		}
		return slug.substring(start, end);
	}

	private static String singleLine(String message) {
		return (message != null) ? message.replaceAll("[\\r\\n]+", " ").strip() : "";
	}

	private static void line(StringBuilder text, String key, String value) {
		text.append("-- ").append(key).append(':');
		if (!value.isEmpty()) {
			text.append(' ').append(value);
		}
		text.append('\n');
	}

	private static void optionalLine(StringBuilder text, String key, List<String> values) {
		if (!values.isEmpty()) {
			line(text, key, String.join(", ", values));
		}
	}

}
