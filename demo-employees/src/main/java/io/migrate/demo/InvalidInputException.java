package io.migrate.demo;

/**
 * A request body field that is not acceptable; answered with 400 and the field's name.
 */
public class InvalidInputException extends RuntimeException {

	private final String field;

	/**
	 * @param field the JSON field
	 * @param problem what is wrong with it, e.g. "must not be blank"
	 */
	public InvalidInputException(String field, String problem) {
		super(problem);
		this.field = field;
	}

	/** @return the JSON field */
	public String getField() {
		return this.field;
	}

	static void requireName(String name) {
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("name", "must not be blank");
		}
		if (name.length() > 100) {
			throw new InvalidInputException("name", "must be at most 100 characters");
		}
	}

}
