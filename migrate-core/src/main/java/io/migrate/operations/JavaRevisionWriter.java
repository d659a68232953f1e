package io.migrate.operations;

import io.migrate.graph.Revision;
import io.migrate.script.ScriptException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes the skeleton of a new Java revision ({@code migrate revision --java}): a class
 * {@code R<id>_<slug>} in package {@code db.revisions}, with its {@link io.migrate.operations.Revision
 * @Revision} facts, an empty {@code upgrade} and a commented-out {@code downgrade}.
 */
public final class JavaRevisionWriter {

	/** The package Java revisions live in, so that {@code classpath:db/revisions} finds them. */
	public static final String PACKAGE = "db.revisions";

	private static final int SLUG_LENGTH = 40;

	/**
	 * Writes the class.
	 * @param directory the folder of package {@code db.revisions} in a source tree, e.g.
	 * {@code src/main/java/db/revisions}; created when missing
	 * @param revision id, parents, branch labels, dependencies
	 * @param message the message, possibly empty
	 * @param created the creation time, written in UTC to the second
	 * @return the file written
	 * @throws ScriptException when the file already exists
	 */
	public Path write(Path directory, Revision revision, String message, Instant created) {
		String className = className(revision.id(), message);
		Path file = directory.resolve(className + ".java");
		try {
			Files.createDirectories(directory);
			Files.writeString(file, render(className, revision, message, created), StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE);
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

	/** @return {@code R<id>_<slug>}, or {@code R<id>} when the message has no letters or digits */
	static String className(String id, String message) {
		String slug = singleLine(message).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
		slug = slug.replaceAll("^_+|_+$", "");
		if (slug.length() > SLUG_LENGTH) {
			slug = slug.substring(0, SLUG_LENGTH).replaceAll("_+$", "");
		}
		return slug.isEmpty() ? "R" + id : "R" + id + "_" + slug;
	}

	static String render(String className, Revision revision, String message, Instant created) {
		StringBuilder facts = new StringBuilder("id = ").append(literal(revision.id()));
		if (!revision.downRevisions().isEmpty()) {
			facts.append(", revises = ").append(array(revision.downRevisions()));
		}
		facts.append(", message = ").append(literal(singleLine(message)));
		facts.append(",\n\t\tcreated = ").append(literal(created.truncatedTo(ChronoUnit.SECONDS).toString()));
		if (!revision.branchLabels().isEmpty()) {
			facts.append(", branchLabels = ").append(array(revision.branchLabels()));
		}
		if (!revision.dependsOn().isEmpty()) {
			facts.append(", dependsOn = ").append(array(revision.dependsOn()));
		}
		return "package " + PACKAGE + ";\n\n"
				+ "import io.migrate.operations.Column;\n"
				+ "import io.migrate.operations.ColumnType;\n"
				+ "import io.migrate.operations.JavaRevision;\n"
				+ "import io.migrate.operations.Operations;\n"
				+ "import io.migrate.operations.Revision;\n\n"
				+ "@Revision(" + facts + ")\n"
				+ "public class " + className + " extends JavaRevision {\n\n"
				+ "\t@Override\n"
				+ "\tpublic void upgrade(Operations op) {\n"
				+ "\t\t// e.g. op.addColumn(\"employees\", Column.of(\"email\", ColumnType.varchar(200)));\n"
				+ "\t}\n\n"
				+ "\t// The downgrade is derived from upgrade() when every operation has a known inverse.\n"
				+ "\t// Operations without one (dropColumn, dropTable, execute, ...) need it written:\n"
				+ "\t// @Override\n"
				+ "\t// public void downgrade(Operations op) {\n"
				+ "\t// }\n\n"
				+ "}\n";
	}

	private static String array(List<String> values) {
		return values.stream().map(JavaRevisionWriter::literal).collect(Collectors.joining(", ", "{ ", " }"));
	}

	private static String literal(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private static String singleLine(String message) {
		return (message != null) ? message.replaceAll("[\\r\\n]+", " ").strip() : "";
	}

}
