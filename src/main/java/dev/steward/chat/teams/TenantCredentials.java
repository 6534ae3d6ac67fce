package dev.steward.chat.teams;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.Authenticator;
import com.microsoft.bot.schema.Serialization;

/**
 * The bot's app credentials for a single-tenant registration: client-credential tokens from the tenant's own token
 * endpoint, cached until shortly before they expire. Replaces the SDK's MSAL client, whose authority cannot be
 * pointed anywhere but Microsoft's login host over HTTPS.
 */
final class TenantCredentials extends AppCredentials {

	private static final Duration EARLY = Duration.ofMinutes(5);

	private final String secret;

	private final URI tokenUrl;

	private final HttpClient http;

	private final Duration timeout;

	private final Clock clock;

	private String token;

	private Instant renewAt = Instant.MIN;

	TenantCredentials(TeamsProperties properties, HttpClient http, Clock clock) {
		super(properties.tenantId(), TeamsProperties.SCOPE);
		setAppId(properties.appId());
		this.secret = properties.appPassword();
		this.tokenUrl = properties.tokenUrl();
		this.http = http;
		this.timeout = properties.timeout();
		this.clock = clock;
	}

	@Override
	public CompletableFuture<String> getToken() {
		try {
			return CompletableFuture.completedFuture(token());
		}
		catch (AuthenticationException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	private synchronized String token() {
		if (token != null && clock.instant().isBefore(renewAt)) {
			return token;
		}
		JsonNode answer = requestToken();
		token = answer.path("access_token").asText();
		long seconds = answer.path("expires_in").asLong(3600);
		renewAt = clock.instant().plusSeconds(seconds).minus(EARLY);
		return token;
	}

	private JsonNode requestToken() {
		String form = "grant_type=client_credentials&client_id=" + encode(getAppId()) + "&client_secret="
				+ encode(secret) + "&scope=" + encode(oAuthScope());
		HttpRequest request = HttpRequest.newBuilder(tokenUrl)
			.timeout(timeout)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new AuthenticationException("The token endpoint answered HTTP " + response.statusCode());
			}
			JsonNode answer = Serialization.jsonToTree(response.body());
			if (!answer.path("access_token").isTextual()) {
				throw new AuthenticationException("The token endpoint answered without an access token");
			}
			return answer;
		}
		catch (IOException ex) {
			throw new AuthenticationException("The token endpoint could not be reached: " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AuthenticationException("Interrupted while requesting a token");
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** Never called: {@link #getToken()} asks the token endpoint itself. */
	@Override
	protected Authenticator buildAuthenticator() {
		throw new UnsupportedOperationException("TenantCredentials request their tokens themselves");
	}

	@Override
	public String toString() {
		return "TenantCredentials[appId=" + getAppId() + ", tokenUrl=" + tokenUrl + "]";
	}

}
