package io.migrate.operations;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Values of {@code bulkInsert} rows as SQL literals. */
final class Literals {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

	private Literals() {
	}

	/**
	 * @throws IllegalArgumentException naming the supported types when {@code value} is none of them
	 */
	static Object check(Object value) {
		if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
				|| value instanceof Long || value instanceof Short || value instanceof BigDecimal
				|| value instanceof BigInteger || value instanceof Double || value instanceof Float
				|| value instanceof LocalDate || value instanceof LocalDateTime) {
			return value;
		}
		throw new IllegalArgumentException("bulkInsert cannot write a " + value.getClass().getName()
				+ "; use null, String, Boolean, a number, LocalDate or LocalDateTime");
	}

	/** @return the literal in a form independent of the dialect, for checksums */
	static String canonical(Object value) {
		return render(value, "TRUE", "FALSE", true);
	}

	/**
	 * @param trueLiteral how the database writes true ({@code TRUE}, or {@code 1})
	 * @param typedTemporal whether dates are written {@code DATE '...'} (else as strings)
	 */
	static String render(Object value, String trueLiteral, String falseLiteral, boolean typedTemporal) {
		if (value == null) {
			return "NULL";
		}
		if (value instanceof String text) {
			return "'" + text.replace("'", "''") + "'";
		}
		if (value instanceof Boolean bool) {
			return bool ? trueLiteral : falseLiteral;
		}
		if (value instanceof LocalDate date) {
			return (typedTemporal ? "DATE '" : "'") + date + "'";
		}
		if (value instanceof LocalDateTime time) {
			return (typedTemporal ? "TIMESTAMP '" : "'") + TIMESTAMP.format(time) + "'";
		}
		if (value instanceof Double || value instanceof Float) {
			return new BigDecimal(value.toString()).toPlainString();
		}
		return value.toString();
	}

}
