package dev.steward.chat.teams;

import java.util.Map;
import java.util.concurrent.CompletionException;

import com.auth0.jwt.exceptions.JWTVerificationException;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.JwtTokenExtractor;
import com.microsoft.bot.schema.Activity;

/**
 * Checks that an activity comes from the Bot Connector for this bot: the SDK's token extractor verifies signature,
 * lifetime, issuer and the key's endorsement for the channel against this application's OpenID metadata URL (the
 * SDK's own path reads a process-wide static one), then the audience must be the app id and the
 * {@code serviceurl} claim the activity's service URL, as the SDK's channel validation requires.
 */
final class BotConnectorAuthentication {

	private final TeamsProperties properties;

	private final JwtTokenExtractor extractor;

	BotConnectorAuthentication(TeamsProperties properties) {
		this.properties = properties;
		this.extractor = new JwtTokenExtractor(ChannelValidation.getTokenValidationParameters(),
				properties.openIdMetadataUrl(), AuthenticationConstants.ALLOWED_SIGNING_ALGORITHMS);
	}

	/**
	 * The caller's identity; anonymous when Teams runs without an app id.
	 * @throws AuthenticationException when the token is missing, invalid, or for another bot or service URL
	 */
	ClaimsIdentity authenticate(String authorization, Activity activity) {
		if (!properties.authenticated()) {
			return new ClaimsIdentity(AuthenticationConstants.ANONYMOUS_AUTH_TYPE);
		}
		if (authorization == null || authorization.isBlank()) {
			throw new AuthenticationException("No Authorization header");
		}
		ClaimsIdentity identity = identity(authorization, activity.getChannelId());
		Map<String, String> claims = identity.claims();
		if (!properties.appId().equals(claims.get(AuthenticationConstants.AUDIENCE_CLAIM))) {
			throw new AuthenticationException("The token is for another bot");
		}
		String serviceUrl = claims.get(AuthenticationConstants.SERVICE_URL_CLAIM);
		if (serviceUrl == null || !serviceUrl.equalsIgnoreCase(activity.getServiceUrl())) {
			throw new AuthenticationException("The token is for another service URL");
		}
		return identity;
	}

	private ClaimsIdentity identity(String authorization, String channelId) {
		ClaimsIdentity identity;
		try {
			identity = extractor.getIdentity(authorization, channelId).join();
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
