package dev.steward.chat.teams;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.restclient.retry.RetryStrategy;
import okhttp3.Response;

/**
 * Bot Connector clients, one per service URL, that never retry on their own: the SDK's default client repeats 5xx
 * answers back-to-back and ignores 429, while Steward's delivery queue retries with backoff and Retry-After.
 */
final class ConnectorClients {

	private final AppCredentials credentials;

	private final Duration timeout;

	private final Cache<String, ConnectorClient> clients = Caffeine.newBuilder().maximumSize(1_000).build();

	ConnectorClients(AppCredentials credentials, Duration timeout) {
		this.credentials = credentials;
		this.timeout = timeout;
	}

	ConnectorClient forServiceUrl(String serviceUrl) {
		String url = serviceUrl.endsWith("/") ? serviceUrl : serviceUrl + "/";
		return clients.get(url, this::create);
	}

	private ConnectorClient create(String serviceUrl) {
		return new RestConnectorClient(RestConnectorClient.getDefaultRestClientBuilder(serviceUrl, credentials)
			.withRetryStrategy(new NoRetry())
			.withConnectionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
			.withReadTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
			.build());
	}

	/** Hands every answer straight back. */
	private static final class NoRetry extends RetryStrategy {

		NoRetry() {
			super("steward-no-retry", false);
		}

		@Override
		public boolean shouldRetry(int retryCount, Response response) {
			return false;
		}

	}

}
