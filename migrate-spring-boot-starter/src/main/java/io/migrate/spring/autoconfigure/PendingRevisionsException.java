package io.migrate.spring.autoconfigure;

import java.util.List;

/**
 * Thrown at startup with {@code migrate.on-startup=validate} when the database is not at the
 * target.
 */
final class PendingRevisionsException extends RuntimeException {

	private final String target;

	private final List<String> current;

	private final List<String> pending;

	PendingRevisionsException(String target, List<String> current, List<String> pending) {
		super("The database is at " + current + " and " + pending.size() + " revision(s) up to the target '"
				+ target + "' are pending: " + pending);
		this.target = target;
		this.current = List.copyOf(current);
		this.pending = List.copyOf(pending);
	}

	String target() {
		return this.target;
	}

	List<String> current() {
		return this.current;
	}

	List<String> pending() {
		return this.pending;
	}

}
