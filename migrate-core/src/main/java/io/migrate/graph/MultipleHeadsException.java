package io.migrate.graph;

import java.util.List;

/** A target that needs one head ({@code head}, {@code head-1}, ...) while several are present. */
public final class MultipleHeadsException extends RevisionException {

	private final List<String> heads;

	private final String argument;

	/**
	 * @param heads the heads that made the target ambiguous
	 * @param argument the symbol that was given, e.g. {@code head}
	 */
	public MultipleHeadsException(List<String> heads, String argument) {
		super("Multiple heads are present for given argument '" + argument + "'; " + String.join(", ", heads));
		this.heads = List.copyOf(heads);
		this.argument = argument;
	}

	/** @return the heads, in load order */
	public List<String> heads() {
		return this.heads;
	}

	/** @return the symbol that was given */
	public String argument() {
		return this.argument;
	}

}
