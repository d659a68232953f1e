package io.migrate.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The revisions every tool applies: every 10th creates a table, the others add a column to or
 * create an index on an earlier table, each with its inverse. The SQL runs unchanged on SQLite
 * and PostgreSQL, one statement per revision.
 */
public final class Workload {

	/**
	 * One revision.
	 * @param number 1-based position
	 * @param name a slug for file names
	 * @param upgrade the statement that applies it
	 * @param downgrade the statement that reverts it
	 */
	public record Change(int number, String name, String upgrade, String downgrade) {
	}

	private final List<Change> changes;

	private Workload(List<Change> changes) {
		this.changes = List.copyOf(changes);
	}

	/** @return a workload of {@code count} revisions */
	public static Workload of(int count) {
		List<Change> changes = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			changes.add(change(i));
		}
		return new Workload(changes);
	}

	private static Change change(int index) {
		int number = index + 1;
		int newest = index / 10;
		if (index % 10 == 0) {
			String table = "t" + newest;
			return new Change(number, "create_" + table,
					"CREATE TABLE " + table + " (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(100))",
					"DROP TABLE " + table);
		}
		// spread the later changes over all earlier tables, deterministically
		String table = "t" + ((index * 7919) % (newest + 1));
		if (index % 2 == 1) {
			String column = "c" + number;
			return new Change(number, "add_" + column + "_to_" + table,
					"ALTER TABLE " + table + " ADD COLUMN " + column + " VARCHAR(50)",
					"ALTER TABLE " + table + " DROP COLUMN " + column);
		}
		String index_ = "ix" + number;
		return new Change(number, "index_" + table + "_" + index_,
				"CREATE INDEX " + index_ + " ON " + table + " (name)", "DROP INDEX " + index_);
	}

	/** @return the revisions in order */
	public List<Change> changes() {
		return this.changes;
	}

	/** @return how many revisions */
	public int size() {
		return this.changes.size();
	}

	/** @return the id our files give revision {@code number} */
	public static String revisionId(int number) {
		return String.format("r%05d", number);
	}

}
