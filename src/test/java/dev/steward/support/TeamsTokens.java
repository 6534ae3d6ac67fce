package dev.steward.support;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;

/**
 * Signs tokens the way the Bot Connector does (RS256, issuer {@code https://api.botframework.com}, the bot's app id
 * as audience, the service URL as a claim), with a key whose public half the Teams stub serves as the JWKS.
 */
public final class TeamsTokens {

	public static final String KEY_ID = "steward-test-key";

	private static final KeyPair CONNECTOR = generate();

	private static final KeyPair STRANGER = generate();

	private TeamsTokens() {
	}

	/** A valid token for the app and service URL. Signature times are real time, as the SDK checks them so. */
	public static String connector(String appId, String serviceUrl) {
		return sign(CONNECTOR, "https://api.botframework.com", appId, serviceUrl);
	}

	/** A token that looks right but is signed with a key the Bot Connector does not have. */
	public static String forged(String appId, String serviceUrl) {
		return sign(STRANGER, "https://api.botframework.com", appId, serviceUrl);
	}

	public static String withIssuerAndAudience(String issuer, String audience, String serviceUrl) {
		return sign(CONNECTOR, issuer, audience, serviceUrl);
	}

	/** The JWKS document with the connector's public key, endorsed for Teams. */
	public static String jwks() {
		RSAPublicKey key = (RSAPublicKey) CONNECTOR.getPublic();
		return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"kid\":\"" + KEY_ID + "\",\"n\":\"" + base64(key.getModulus())
				+ "\",\"e\":\"" + base64(key.getPublicExponent()) + "\",\"endorsements\":[\"msteams\"]}]}";
	}

	private static String sign(KeyPair keys, String issuer, String audience, String serviceUrl) {
		Instant now = Instant.now();
		return JWT.create()
			.withKeyId(KEY_ID)
			.withIssuer(issuer)
			.withAudience(audience)
			.withClaim("serviceurl", serviceUrl)
			.withNotBefore(Date.from(now.minus(Duration.ofMinutes(1))))
			.withIssuedAt(Date.from(now.minus(Duration.ofMinutes(1))))
			.withExpiresAt(Date.from(now.plus(Duration.ofHours(1))))
			.sign(Algorithm.RSA256((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate()));
	}

	private static String base64(BigInteger value) {
		byte[] bytes = value.toByteArray();
		int start = (bytes.length > 1 && bytes[0] == 0) ? 1 : 0;
		byte[] unsigned = Arrays.copyOfRange(bytes, start, bytes.length);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(unsigned);
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
