package io.migrate.operations;

import java.util.Objects;

/**
 * A portable column type, rendered by each dialect (e.g. {@link #TEXT} is {@code TEXT} on
 * PostgreSQL, {@code CHARACTER LARGE OBJECT} on H2, {@code LONGTEXT} on MariaDB), or a type
 * written in a database's own SQL with {@link #sql(String)}.
 */
public final class ColumnType {

	/** A 32-bit integer. */
	public static final ColumnType INTEGER = new ColumnType("INTEGER", 0, 0);

	/** A 64-bit integer. */
	public static final ColumnType BIGINT = new ColumnType("BIGINT", 0, 0);

	/** A 16-bit integer. */
	public static final ColumnType SMALLINT = new ColumnType("SMALLINT", 0, 0);

	/** Unbounded text. */
	public static final ColumnType TEXT = new ColumnType("TEXT", 0, 0);

	/** True or false. */
	public static final ColumnType BOOLEAN = new ColumnType("BOOLEAN", 0, 0);

	/** A double-precision floating-point number. */
	public static final ColumnType DOUBLE = new ColumnType("DOUBLE", 0, 0);

	/** A calendar date. */
	public static final ColumnType DATE = new ColumnType("DATE", 0, 0);

	/** A date and time without time zone. */
	public static final ColumnType TIMESTAMP = new ColumnType("TIMESTAMP", 0, 0);

	/** Binary data. */
	public static final ColumnType BLOB = new ColumnType("BLOB", 0, 0);

	/** No declared type (SQLite allows columns without one). */
	static final ColumnType NONE = new ColumnType("SQL:", 0, 0);

	private final String name;

	private final int length;

	private final int scale;

	private ColumnType(String name, int length, int scale) {
		this.name = name;
		this.length = length;
		this.scale = scale;
	}

	/**
	 * @param length the maximum number of characters, 1 or more
	 * @return {@code VARCHAR(length)}
	 */
	public static ColumnType varchar(int length) {
		if (length < 1) {
			throw new IllegalArgumentException("VARCHAR needs a length of 1 or more, not " + length);
		}
		return new ColumnType("VARCHAR", length, 0);
	}

	/**
	 * @param precision the number of digits
	 * @param scale the digits after the decimal point
	 * @return {@code DECIMAL(precision, scale)}
	 */
	public static ColumnType decimal(int precision, int scale) {
		if (precision < 1 || scale < 0 || scale > precision) {
			throw new IllegalArgumentException("DECIMAL(" + precision + ", " + scale + ") is not valid");
		}
		return new ColumnType("DECIMAL", precision, scale);
	}

	/**
	 * @param sql a type in the target database's SQL, used as written on every database
	 * @return that type
	 */
	public static ColumnType sql(String sql) {
		if (sql == null || sql.isBlank()) {
			throw new IllegalArgumentException("A SQL column type must not be empty");
		}
		return new ColumnType("SQL:" + sql.strip(), 0, 0);
	}

	/** @return the portable name ({@code VARCHAR}, ...) or {@code SQL:<type>} */
	String name() {
		return this.name;
	}

	int length() {
		return this.length;
	}

	int scale() {
		return this.scale;
	}

	/** @return whether this type was written as SQL, and its text, else null */
	String rawSql() {
		return this.name.startsWith("SQL:") ? this.name.substring(4) : null;
	}

	/** @return the dialect-independent description, e.g. {@code VARCHAR(100)}; part of checksums */
	@Override
	public String toString() {
		if (this.name.equals("VARCHAR")) {
			return "VARCHAR(" + this.length + ")";
		}
		if (this.name.equals("DECIMAL")) {
			return "DECIMAL(" + this.length + ", " + this.scale + ")";
		}
		return this.name;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ColumnType type && type.toString().equals(toString());
	}

	@Override
	public int hashCode() {
		return Objects.hash(toString());
	}

}
