package dev.steward.chat.slack.install;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Encrypts bot tokens at rest with AES-256-GCM under named keys, each ciphertext bound to the installation it belongs
 * to, so a token copied onto another row does not open; the first key encrypts, every key decrypts.
 */
final class TokenCipher {

	private static final String SETTING = "steward.slack.install.token-keys";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final Map<String, SecretKey> keys;

	private final String current;

	private final SecureRandom random = new SecureRandom();

	private TokenCipher(Map<String, SecretKey> keys) {
		this.keys = keys;
		this.current = keys.keySet().iterator().next();
	}

	/** Reads {@code <id>:<base64 of 32 bytes>} entries, refusing a malformed, short or repeated one by its id. */
	static TokenCipher of(List<String> entries) {
		Map<String, SecretKey> keys = new LinkedHashMap<>();
		for (String entry : entries) {
			int colon = entry.indexOf(':');
			String id = (colon > 0) ? entry.substring(0, colon) : "";
			if (!id.matches("[A-Za-z0-9_-]{1,32}")) {
				throw invalid("each key must be <id>:<base64 of 32 random bytes>, with an id of letters, digits, '-' or "
						+ "'_' (at most 32); generate one with: echo \"k1:$(openssl rand -base64 32)\"");
			}
			byte[] secret;
			try {
				secret = Base64.getDecoder().decode(entry.substring(colon + 1).strip());
			}
			catch (IllegalArgumentException ex) {
				throw invalid("key '" + id + "' is not base64; generate one with: openssl rand -base64 32");
			}
			if (secret.length != 32) {
				throw invalid("key '" + id + "' has " + secret.length + " bytes, not the 32 AES-256 needs; generate one "
						+ "with: openssl rand -base64 32");
			}
			if (keys.putIfAbsent(id, new SecretKeySpec(secret, "AES")) != null) {
				throw invalid("key id '" + id + "' appears twice; give each key its own id");
			}
		}
		if (keys.isEmpty()) {
			throw invalid("must name at least one key");
		}
		return new TokenCipher(keys);
	}

	private static InvalidConfigurationPropertyValueException invalid(String reason) {
		return new InvalidConfigurationPropertyValueException(SETTING, "(not shown)", reason);
	}

	/** The id of the key new tokens are encrypted with. */
	String currentKey() {
		return current;
	}

	/** Whether a token encrypted under this key id can be opened. */
	boolean knows(String keyId) {
		return keys.containsKey(keyId);
	}

	/** Encrypts the token under the current key, bound to the installation. */
	String seal(String token, String boundTo) {
		byte[] iv = new byte[IV_BYTES];
		random.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, keys.get(current), new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed)
				.array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available in this JVM", ex);
		}
	}

	/** Decrypts a token sealed under the key for the installation; fails when either does not match. */
	String open(String sealed, String keyId, String boundTo) throws GeneralSecurityException {
		SecretKey key = keys.get(keyId);
		if (key == null) {
			throw new GeneralSecurityException("key '" + keyId + "' is not configured");
		}
		byte[] bytes = Base64.getDecoder().decode(sealed);
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
		cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
		return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
	}

	/** Never prints the keys. */
	@Override
	public String toString() {
		return "TokenCipher[keys=" + keys.keySet() + ", current=" + current + "]";
	}

}
