package io.migrate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a workload as migrate revision files: one {@code <id>_<slug>.sql} per revision, a linear chain. */
public final class MigrateFiles {

	private MigrateFiles() {
	}

	/**
	 * @param workload the revisions
	 * @param directory the folder to create and fill
	 * @return the folder
	 */
	public static Path write(Workload workload, Path directory) throws IOException {
		Files.createDirectories(directory);
		for (Workload.Change change : workload.changes()) {
			String id = Workload.revisionId(change.number());
			String parent = (change.number() > 1) ? Workload.revisionId(change.number() - 1) : "";
			String text = "-- Revision: " + id + "\n-- Revises: " + parent + "\n-- Message: " + change.name()
					+ "\n-- Created: 2026-01-01T00:00:00Z\n\n-- migrate:upgrade\n" + change.upgrade()
					+ ";\n\n-- migrate:downgrade\n" + change.downgrade() + ";\n";
			Files.writeString(directory.resolve(id + "_" + change.name() + ".sql"), text);
		}
		return directory;
	}

}
