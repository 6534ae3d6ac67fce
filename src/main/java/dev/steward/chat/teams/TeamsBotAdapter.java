package dev.steward.chat.teams;

import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;

/**
 * The SDK's adapter (turn pipeline, replies, Teams helpers) configured from Spring, with two parts replaced: app
 * credentials that ask the single tenant's token endpoint, and connector clients that leave retries to the queue.
 */
final class TeamsBotAdapter extends BotFrameworkHttpAdapter {

	private final AppCredentials credentials;

	private final ConnectorClients clients;

	TeamsBotAdapter(BotSettings settings, AppCredentials credentials, ConnectorClients clients) {
		super(settings, new AuthenticationConfiguration());
		this.credentials = credentials;
		this.clients = clients;
	}

	@Override
	protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
		return CompletableFuture.completedFuture(credentials);
	}

	@Override
	protected CompletableFuture<ConnectorClient> getOrCreateConnectorClient(String serviceUrl,
			AppCredentials usingAppCredentials) {
		return CompletableFuture.completedFuture(clients.forServiceUrl(serviceUrl));
	}

}
