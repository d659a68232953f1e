package io.migrate.script;

/**
 * A revision file that cannot be used: a malformed header, a missing section, an id used twice.
 * The message names the file and, where there is one, the line.
 */
public final class ScriptException extends RuntimeException {

	private final String file;

	private final int line;

	/**
	 * @param file the file's display path
	 * @param line the 1-based line, or 0 when the problem is the whole file
	 * @param problem what is wrong and what to do
	 */
	public ScriptException(String file, int line, String problem) {
		super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
		this.file = file;
		this.line = line;
	}

	/** @return the file's display path */
	public String file() {
		return this.file;
	}

	/** @return the 1-based line, or 0 */
	public int line() {
		return this.line;
	}

}
