package io.migrate.graph;

/** A range or a destination whose two ends are not ancestor and descendant of each other. */
public final class RangeNotAncestorException extends RevisionException {

	private final String lower;

	private final String upper;

	/**
	 * @param lower the lower end (null for base)
	 * @param upper the upper end (null for base)
	 */
	public RangeNotAncestorException(String lower, String upper) {
		super("Revision " + lower + " is not an ancestor of revision " + upper);
		this.lower = lower;
		this.upper = upper;
	}

	/** @return the lower end, or null for base */
	public String lower() {
		return this.lower;
	}

	/** @return the upper end, or null for base */
	public String upper() {
		return this.upper;
	}

}
