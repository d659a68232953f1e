package io.migrate.script;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Revision ids: the format a file's {@code Revision} header must have, and new random ids.
 */
public final class RevisionIds {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]{1,32}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private RevisionIds() {
	}

	/**
	 * Creates a new id as {@code migrate revision} does without {@code --rev-id}.
	 * @return 12 random lowercase hex digits, e.g. {@code 51f20aa4768b}
	 */
	public static String random() {
		byte[] bytes = new byte[6];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/**
	 * Tells whether a string can be a revision id.
	 * @param id the candidate
	 * @return whether it has 1 to 32 characters from {@code [A-Za-z0-9_]}
	 */
	public static boolean isValid(String id) {
		return id != null && ID.matcher(id).matches();
	}

}
