package dev.steward.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Posts activities to {@code /api/messages} over real HTTP, with a Bot Connector token or whatever a test gives. */
public final class TeamsClient {

	private final HttpClient http = HttpClient.newHttpClient();

	private final URI endpoint;

	private final String serviceUrl;

	public TeamsClient(int port, String serviceUrl) {
		this.endpoint = URI.create("http://localhost:" + port + "/api/messages");
		this.serviceUrl = serviceUrl;
	}

	/** Sends the activity as the Bot Connector would, with a valid token. */
	public HttpResponse<String> send(String activity) {
		return send(activity, "Bearer " + TeamsTokens.connector(TeamsActivities.APP_ID, serviceUrl));
	}

	/** Sends the activity with this Authorization header, or none when null. */
	public HttpResponse<String> send(String activity, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(activity));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
