package io.migrate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a workload as Flyway versioned migrations, {@code V<n>__<name>.sql}. The free edition
 * has no undo migrations, so the inverses are not written.
 */
public final class FlywayFiles {

	private FlywayFiles() {
	}

	/**
	 * @param workload the revisions
	 * @param directory the folder to create and fill
	 * @return the folder
	 */
	public static Path write(Workload workload, Path directory) throws IOException {
		Files.createDirectories(directory);
		for (Workload.Change change : workload.changes()) {
			Files.writeString(directory.resolve("V" + change.number() + "__" + change.name() + ".sql"),
					change.upgrade() + ";\n");
		}
		return directory;
	}

}
