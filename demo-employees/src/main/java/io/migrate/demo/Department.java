package io.migrate.demo;

/**
 * A row of {@code departments}.
 * @param id the id
 * @param name the name
 * @param location where it is, or null
 */
public record Department(long id, String name, String location) {

	/**
	 * The body of {@code POST /departments}.
	 * @param name required, at most 100 characters
	 * @param location optional, at most 200 characters
	 */
	public record New(String name, String location) {

		/** @throws InvalidInputException naming the first field that is not acceptable */
		void validate() {
			InvalidInputException.requireName(this.name);
			if (this.location != null && this.location.length() > 200) {
				throw new InvalidInputException("location", "must be at most 200 characters");
			}
		}

	}

}
