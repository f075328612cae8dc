package id.kinerja.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets: API tokens (256 bits, so a plain SHA-256 of them is safe to store and fast to check, no
 * BCrypt needed) and temporary passwords (readable characters only).
 */
final class Secrets {

	static final String TOKEN_PREFIX = "knj_";

	private static final SecureRandom RANDOM = new SecureRandom();

	// no 0/O, 1/l/I: read aloud or copied from a screen without mistakes
	private static final String READABLE = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final int TEMPORARY_LENGTH = 16;

	private Secrets() {
	}

	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	static String temporaryPassword() {
		StringBuilder password = new StringBuilder(TEMPORARY_LENGTH);
		for (int i = 0; i < TEMPORARY_LENGTH; i++) {
			password.append(READABLE.charAt(RANDOM.nextInt(READABLE.length())));
		}
		return password.toString();
	}

}
