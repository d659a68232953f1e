package io.migrate.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Revision files in a filesystem directory and its subfolders. The directory must exist: a
 * missing one is an error that says to run {@code migrate init}. Files and folders whose name
 * starts with {@code .} are skipped.
 */
public final class DirectoryLocation implements RevisionLocation {

	private static final int PARALLEL_FILES = 64;

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
		Map<String, Long> sizes = new HashMap<>();
		collect(this.directory, "", sizes);
		List<String> paths = new ArrayList<>(sizes.keySet());
		paths.sort(LoadOrder.INSTANCE);
		// read on several cores when there are many: each file costs a few system calls
		Object[] read = new Object[paths.size()];
		IntStream indexes = IntStream.range(0, paths.size());
		(paths.size() >= PARALLEL_FILES ? indexes.parallel() : indexes).forEach((i) -> {
			String relative = paths.get(i);
			Path file = this.directory.resolve(relative);
			try {
				read[i] = new ScriptFile(relative, file.toString(), read(file, sizes.get(relative)));
			}
			catch (RuntimeException ex) {
				read[i] = ex;
			}
		});
		List<ScriptFile> files = new ArrayList<>(paths.size());
		for (Object file : read) {
			if (file instanceof RuntimeException failure) {
				throw failure;
			}
			files.add((ScriptFile) file);
		}
		return files;
	}

	// One stat per entry (the attributes give both the kind and the size): a location of a
	// thousand files is read at every start, and each system call counts there.
	private static void collect(Path folder, String prefix, Map<String, Long> sizes) {
		try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
			for (Path child : children) {
				String name = child.getFileName().toString();
				if (name.startsWith(".")) {
					continue;
				}
				BasicFileAttributes attributes = attributes(child);
				if (attributes == null) {
					continue;
				}
				if (attributes.isDirectory()) {
					collect(child, prefix + name + "/", sizes);
				}
				else if (name.endsWith(".sql") && attributes.isRegularFile()) {
					sizes.put(prefix + name, attributes.size());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + folder, ex);
		}
	}

	private static BasicFileAttributes attributes(Path path) {
		try {
			return Files.readAttributes(path, BasicFileAttributes.class);
		}
		catch (IOException ex) {
			// a dangling link, or removed while listing: neither a file nor a folder
			return null;
		}
	}

	/**
	 * Reads {@code file} whose size was {@code size} when listed: one open, one read and one close
	 * when the size still holds, as a short read of a regular file only happens at its end.
	 */
	static String read(Path file, long size) {
		try {
			byte[] bytes;
			if (size >= 0 && size < Integer.MAX_VALUE - 1) {
				try (FileChannel channel = FileChannel.open(file)) {
					ByteBuffer buffer = ByteBuffer.allocate((int) size + 1);
					int count = Math.max(channel.read(buffer), 0);
					bytes = (count <= size) ? Arrays.copyOf(buffer.array(), count) : null;
				}
			}
			else {
				bytes = null;
			}
			return decode((bytes != null) ? bytes : Files.readAllBytes(file));
		}
		catch (CharacterCodingException ex) {
			throw new ScriptException(file.toString(), 0, "the file is not valid UTF-8; save it as UTF-8");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	private static String decode(byte[] bytes) throws CharacterCodingException {
		for (byte b : bytes) {
			if (b < 0) {
				return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
			}
		}
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

}
