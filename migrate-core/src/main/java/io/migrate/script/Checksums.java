package io.migrate.script;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum of a revision file: {@code sha256-lf:<hex>}, the SHA-256 of the file's UTF-8 text
 * with CRLF and CR line endings turned into LF and a leading byte-order mark removed, so a CRLF
 * checkout of a file has the checksum of its LF original. The tag names the algorithm, so a later
 * algorithm can sit beside stored values without invalidating them.
 */
public final class Checksums {

	/** The tag of the algorithm this class computes. */
	public static final String SHA256_LF = "sha256-lf";

	private Checksums() {
	}

	/**
	 * Computes the tagged checksum of a file's text.
	 * @param text the file's content, decoded as UTF-8
	 * @return {@code sha256-lf:} followed by 64 lowercase hex digits
	 */
	public static String sha256Lf(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] hash = digest.digest(normalize(text).getBytes(StandardCharsets.UTF_8));
			return SHA256_LF + ":" + HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

	/**
	 * Removes a leading byte-order mark and turns CRLF and CR line endings into LF.
	 * @param text the text
	 * @return the normalised text
	 */
	static String normalize(String text) {
		String withoutBom = (!text.isEmpty() && text.charAt(0) == '\uFEFF') ? text.substring(1) : text;
		return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
	}

}
