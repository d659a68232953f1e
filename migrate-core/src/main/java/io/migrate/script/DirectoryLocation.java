package io.migrate.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Revision files in a filesystem directory and its subfolders. The directory must exist: a
 * missing one is an error that says to run {@code migrate init}. Files and folders whose name
 * starts with {@code .} are skipped.
 */
public final class DirectoryLocation implements RevisionLocation {

	private final Path directory;

	private final String description;

	/**
	 * @param directory the directory
	 */
	public DirectoryLocation(Path directory) {
		this(directory, directory.toString());
	}

	/**
	 * @param directory the directory
	 * @param description the location as the user wrote it
	 */
	public DirectoryLocation(Path directory, String description) {
		this.directory = directory.toAbsolutePath().normalize();
		this.description = description;
	}

	/** @return the absolute directory */
	public Path directory() {
		return this.directory;
	}

	@Override
	public String description() {
		return this.description;
	}

	/**
	 * @throws ScriptException when the directory does not exist, a file is not UTF-8, or reading fails
	 */
	@Override
	public List<ScriptFile> list() {
		if (!Files.isDirectory(this.directory)) {
			String problem = Files.exists(this.directory) ? "the revision location is not a directory"
					: "the revision directory does not exist; run `migrate init` to create it, or point --location"
							+ " at the folder that holds the revision files";
			throw new ScriptException(this.directory.toString(), 0, problem);
		}
		List<String> paths = new ArrayList<>();
		collect(this.directory, "", paths);
		paths.sort(LoadOrder.INSTANCE);
		List<ScriptFile> files = new ArrayList<>(paths.size());
		for (String relative : paths) {
			Path file = this.directory.resolve(relative);
			files.add(new ScriptFile(relative, file.toString(), read(file)));
		}
		return files;
	}

	private static void collect(Path folder, String prefix, List<String> paths) {
		try (Stream<Path> children = Files.list(folder)) {
			for (Path child : children.toList()) {
				String name = child.getFileName().toString();
				if (name.startsWith(".")) {
					continue;
				}
				if (Files.isDirectory(child)) {
					collect(child, prefix + name + "/", paths);
				}
				else if (name.endsWith(".sql") && Files.isRegularFile(child)) {
					paths.add(prefix + name);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + folder, ex);
		}
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (CharacterCodingException ex) {
			throw new ScriptException(file.toString(), 0, "the file is not valid UTF-8; save it as UTF-8");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

}
