package dev.steward.chat.teams;

import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;

import com.auth0.jwt.exceptions.JWTVerificationException;
import com.microsoft.bot.connector.Channels;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.JwtTokenExtractor;
import com.microsoft.bot.schema.Activity;

/**
 * Checks that an activity comes from the Bot Connector for this bot in two steps: before the body is read, the
 * {@code Authorization} header alone (the SDK's token extractor verifies signature, lifetime, issuer and the key's
 * endorsement for Teams against this application's OpenID metadata URL, where the SDK's own path reads a
 * process-wide static one, and the audience must be the app id); once the activity is parsed, that it is a Teams
 * activity whose service URL is the token's {@code serviceurl} claim, as the SDK's channel validation requires.
 */
final class BotConnectorAuthentication {

	/** The only channel Steward serves, whose endorsement the signing key must carry. */
	static final String CHANNEL = Channels.MSTEAMS;

	private static final String SCHEME = "Bearer ";

	private static final Pattern JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

	private final TeamsProperties properties;

	private final JwtTokenExtractor extractor;

	BotConnectorAuthentication(TeamsProperties properties) {
		this.properties = properties;
		this.extractor = new JwtTokenExtractor(ChannelValidation.getTokenValidationParameters(),
				properties.openIdMetadataUrl(), AuthenticationConstants.ALLOWED_SIGNING_ALGORITHMS);
	}

	/**
	 * The caller's identity from the {@code Authorization} header alone; anonymous when Teams runs without an app id.
	 * @throws AuthenticationException when the header is missing or malformed, or the token invalid or for another bot
	 */
	ClaimsIdentity identify(String authorization) {
		if (!properties.authenticated()) {
			return new ClaimsIdentity(AuthenticationConstants.ANONYMOUS_AUTH_TYPE);
		}
		String token = bearerToken(authorization);
		if (token == null) {
			throw new AuthenticationException("No Bot Connector token in the Authorization header");
		}
		ClaimsIdentity identity = identity(SCHEME + token);
		if (!properties.appId().equals(identity.claims().get(AuthenticationConstants.AUDIENCE_CLAIM))) {
			throw new AuthenticationException("The token is for another bot");
		}
		return identity;
	}

	/**
	 * Checks what only the activity shows: that the token was issued for its channel and service URL.
	 * @throws AuthenticationException when the activity is for another channel or service URL than the token
	 */
	void checkActivity(ClaimsIdentity identity, Activity activity) {
		if (!properties.authenticated()) {
			return;
		}
		if (!CHANNEL.equals(activity.getChannelId())) {
			throw new AuthenticationException("The token is for Teams, the activity for another channel");
		}
		Map<String, String> claims = identity.claims();
		String serviceUrl = claims.get(AuthenticationConstants.SERVICE_URL_CLAIM);
		if (serviceUrl == null || !serviceUrl.equalsIgnoreCase(activity.getServiceUrl())) {
			throw new AuthenticationException("The token is for another service URL");
		}
	}

	/** The token of a {@code Bearer} header that has the shape of a JWT, or null. */
	private static String bearerToken(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			return null;
		}
		String token = authorization.substring(SCHEME.length()).strip();
		return JWT.matcher(token).matches() ? token : null;
	}

	private ClaimsIdentity identity(String authorization) {
		ClaimsIdentity identity;
		try {
			identity = extractor.getIdentity(authorization, CHANNEL).join();
		}
		catch (CompletionException | JWTVerificationException ex) {
			throw new AuthenticationException(ex.getCause() != null ? ex.getCause() : ex);
		}
		if (identity == null || !identity.isAuthenticated()) {
			throw new AuthenticationException("The token is not a valid Bot Connector token");
		}
		return identity;
	}

}
