package io.migrate;

import java.nio.file.Path;

/**
 * A revision file that {@code revision} or {@code merge} wrote.
 * @param path the file
 * @param revision the revision it declares
 */
public record CreatedRevision(Path path, RevisionInfo revision) {
}
