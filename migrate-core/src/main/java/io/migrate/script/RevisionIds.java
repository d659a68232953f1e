package io.migrate.script;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Revision ids: the format a file's {@code Revision} header must have, and new random ids.
 */
public final class RevisionIds {

	private RevisionIds() {
	}

	/**
	 * Creates a new id as {@code migrate revision} does without {@code --rev-id}.
	 * @return 12 random lowercase hex digits, e.g. {@code 51f20aa4768b}
	 */
	public static String random() {
		byte[] bytes = new byte[6];
		Random.INSTANCE.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/**
	 * Tells whether a string can be a revision id.
	 * @param id the candidate
	 * @return whether it has 1 to 32 characters from {@code [A-Za-z0-9_]}
	 */
	public static boolean isValid(String id) {
		if (id == null || id.isEmpty() || id.length() > 32) {
			return false;
		}
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
				return false;
			}
		}
		return true;
	}

	// Seeding a SecureRandom costs a cold start; only authoring needs it, not every file parse.
	private static final class Random {

		private static final SecureRandom INSTANCE = new SecureRandom();

	}

}
