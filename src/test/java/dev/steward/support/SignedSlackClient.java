package dev.steward.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Sends requests to {@code /slack/events} over real HTTP, signed the way Slack signs them. */
public final class SignedSlackClient {

	private final HttpClient http = HttpClient.newHttpClient();

	private final URI endpoint;

	private final String secret;

	private final Duration timeout;

	public SignedSlackClient(int port, String secret) {
		this(port, secret, null);
	}

	/** A client whose requests fail unless answered within the time-out, as Slack's do after three seconds. */
	public SignedSlackClient(int port, String secret, Duration timeout) {
		this.endpoint = URI.create("http://localhost:" + port + "/slack/events");
		this.secret = secret;
		this.timeout = timeout;
	}

	/** A slash command in workspace T1, form-encoded as Slack sends it. */
	public HttpResponse<String> command(String command, String text, String userId, String channelId,
			String channelName) {
		return command("T1", command, text, userId, channelId, channelName);
	}

	/** A slash command in the workspace; each carries a trigger id of its own, as Slack's do. */
	public HttpResponse<String> command(String teamId, String command, String text, String userId, String channelId,
			String channelName) {
		Map<String, String> fields = SlackPayloads.command(teamId, command, text, userId, channelId, channelName);
		return send(form(fields), "application/x-www-form-urlencoded");
	}

	/** An interactive payload ({@code block_actions}, {@code view_submission}) as the form field Slack uses. */
	public HttpResponse<String> interaction(String payloadJson) {
		return send("payload=" + URLEncoder.encode(payloadJson, StandardCharsets.UTF_8),
				"application/x-www-form-urlencoded");
	}

	/** An Events API callback, as the JSON body Slack posts. */
	public HttpResponse<String> event(String callbackJson) {
		return send(callbackJson, "application/json");
	}

	public HttpResponse<String> send(String body, String contentType) {
		return send(body, contentType, Instant.now().getEpochSecond(), null);
	}

	/** Sends with the given timestamp and, when not null, this signature instead of the right one. */
	public HttpResponse<String> send(String body, String contentType, long timestamp, String signature) {
		HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
			.header("Content-Type", contentType)
			.header("X-Slack-Request-Timestamp", Long.toString(timestamp))
			.header("X-Slack-Signature", signature != null ? signature : sign(timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (timeout != null) {
			request.timeout(timeout);
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

	public String sign(long timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return "v0=" + HexFormat.of()
				.formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
