package io.migrate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a workload as one Liquibase formatted-SQL changelog, each changeset with its rollback. */
public final class LiquibaseChangelog {

	/** The changelog's file name inside its folder. */
	public static final String FILE_NAME = "changelog.sql";

	private LiquibaseChangelog() {
	}

	/**
	 * @param workload the revisions
	 * @param directory the folder to create; the changelog is {@link #FILE_NAME} in it
	 * @return the changelog file
	 */
	public static Path write(Workload workload, Path directory) throws IOException {
		Files.createDirectories(directory);
		StringBuilder text = new StringBuilder("--liquibase formatted sql\n");
		for (Workload.Change change : workload.changes()) {
			text.append("\n--changeset bench:").append(change.number()).append('\n');
			text.append(change.upgrade()).append(";\n");
			text.append("--rollback ").append(change.downgrade()).append(";\n");
		}
		Path file = directory.resolve(FILE_NAME);
		Files.writeString(file, text);
		return file;
	}

}
