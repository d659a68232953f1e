package io.migrate.graph;

/**
 * One change to the version table: insert a row, delete a row, or update one row's value.
 * @param kind what happens
 * @param from the row that is deleted or updated; null for an insert
 * @param to the row that is inserted or the new value of an update; null for a delete
 */
public record RowChange(Kind kind, String from, String to) {

	/** The three changes the version table knows. */
	public enum Kind {
		/** Insert {@code to}. */
		INSERT,
		/** Delete {@code from}. */
		DELETE,
		/** Update {@code from} to {@code to}. */
		UPDATE
	}

	/** @return an insert of {@code id} */
	public static RowChange insert(String id) {
		return new RowChange(Kind.INSERT, null, id);
	}

	/** @return a delete of {@code id} */
	public static RowChange delete(String id) {
		return new RowChange(Kind.DELETE, id, null);
	}

	/** @return an update of {@code from} to {@code to} */
	public static RowChange update(String from, String to) {
		return new RowChange(Kind.UPDATE, from, to);
	}

}
