package io.migrate.script;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** Writes revision files and jars of them for the location tests. */
final class TestFiles {

	private TestFiles() {
	}

	static String revision(String id) {
		return "-- Revision: " + id + "\n\n-- migrate:upgrade\nSELECT 1;\n";
	}

	static void write(Path root, String relative, String text) throws IOException {
		Path file = root.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

	/** Writes a jar with an entry for every folder, as Maven's jar plugin does. */
	static Path jar(Path jar, Map<String, String> files) throws IOException {
		Map<String, Boolean> folders = new LinkedHashMap<>();
		for (String name : files.keySet()) {
			for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
				folders.put(name.substring(0, slash + 1), true);
			}
		}
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
			for (String folder : folders.keySet()) {
				jarOut.putNextEntry(new JarEntry(folder));
				jarOut.closeEntry();
			}
			for (Map.Entry<String, String> file : files.entrySet()) {
				jarOut.putNextEntry(new JarEntry(file.getKey()));
				jarOut.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				jarOut.closeEntry();
			}
		}
		return jar;
	}

}
