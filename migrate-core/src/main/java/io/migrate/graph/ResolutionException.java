package io.migrate.graph;

/**
 * A revision identifier that cannot be resolved: unknown id or label, ambiguous prefix, a
 * revision that is not a member of the named branch, or an unknown branch.
 */
public final class ResolutionException extends RevisionException {

	private final String argument;

	/**
	 * @param message the precise text, e.g. {@code No such revision or branch 'abc'}
	 * @param argument the identifier that failed (the id part, or the branch name for an unknown
	 * branch), quoted in the command-level message {@code Can't locate revision identified by '<argument>'}
	 */
	public ResolutionException(String message, String argument) {
		super(message);
		this.argument = argument;
	}

	/** @return the identifier that failed to resolve */
	public String argument() {
		return this.argument;
	}

}
