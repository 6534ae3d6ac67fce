package dev.steward.support;

import java.util.List;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * WireMock standing in for Microsoft: the tenant's token endpoint, the Bot Connector's OpenID metadata and keys,
 * and the Bot Connector service (create conversation, send, reply, update, roster), with helpers to read what
 * Steward sent.
 */
public final class TeamsStub {

	public static final String ACCESS_TOKEN = "test-access-token";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	public TeamsStub start() {
		server.start();
		reset();
		return this;
	}

	public WireMockServer server() {
		return server;
	}

	/** The Bot Connector service URL Teams would send in activities. */
	public String serviceUrl() {
		return server.baseUrl() + "/";
	}

	public String authorityUrl() {
		return server.baseUrl() + "/login";
	}

	public String openIdMetadataUrl() {
		return server.baseUrl() + "/botframework/openidconfiguration";
	}

	/** Clears requests and restores the default happy stubs. */
	public void reset() {
		server.resetAll();
		server.stubFor(post(urlPathMatching("/login/.*/oauth2/v2.0/token")).willReturn(okJson(
				"{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,\"access_token\":\""
						+ ACCESS_TOKEN + "\"}")));
		server.stubFor(get(urlEqualTo("/botframework/openidconfiguration")).willReturn(okJson(
				"{\"issuer\":\"https://api.botframework.com\",\"authorization_endpoint\":\"https://invalid.botframework.com\","
						+ "\"jwks_uri\":\"" + server.baseUrl() + "/botframework/keys\","
						+ "\"id_token_signing_alg_values_supported\":[\"RS256\"],"
						+ "\"token_endpoint_auth_methods_supported\":[\"private_key_jwt\"]}")));
		server.stubFor(get(urlEqualTo("/botframework/keys")).willReturn(okJson(TeamsTokens.jwks())));
		server.stubFor(post(urlEqualTo("/v3/conversations")).willReturn(okJson("{\"id\":\"a:created-personal-chat\"}")));
		server.stubFor(post(urlPathMatching("/v3/conversations/[^/]+/activities"))
			.willReturn(okJson("{\"id\":\"1700000000001\"}")));
		server.stubFor(post(urlPathMatching("/v3/conversations/[^/]+/activities/[^/]+"))
			.willReturn(okJson("{\"id\":\"1700000000002\"}")));
		server.stubFor(put(urlPathMatching("/v3/conversations/[^/]+/activities/[^/]+"))
			.willReturn(okJson("{\"id\":\"1700000000001\"}")));
		server.stubFor(get(urlPathMatching("/v3/conversations/[^/]+/pagedmembers"))
			.willReturn(okJson("{\"members\":[]}")));
	}

	/** Makes the roster of the team answer with these people, given as id and name pairs. */
	public void roster(String teamId, String... idsAndNames) {
		StringBuilder members = new StringBuilder();
		for (int i = 0; i < idsAndNames.length; i += 2) {
			members.append(i == 0 ? "" : ",")
				.append("{\"id\":\"").append(idsAndNames[i]).append("\",\"name\":\"").append(idsAndNames[i + 1])
				.append("\",\"aadObjectId\":\"00000000-0000-0000-0000-00000000000").append(i / 2).append("\"}");
		}
		server.stubFor(get(urlPathMatching("/v3/conversations/" + encoded(teamId) + "/pagedmembers"))
			.atPriority(1)
			.willReturn(okJson("{\"members\":[" + members + "]}")));
	}

	/** Makes every send to the conversation fail with the status and, when not null, a Retry-After header. */
	public void failSendsTo(String conversationId, int status, String retryAfter) {
		var response = aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"code\":\"Failed\",\"message\":\"stubbed failure\"}}");
		if (retryAfter != null) {
			response.withHeader("Retry-After", retryAfter);
		}
		server.stubFor(post(urlPathMatching("/v3/conversations/" + encoded(conversationId) + "/activities")).atPriority(1)
			.willReturn(response));
	}

	/** The activities Steward posted to the conversation (new messages and replies), oldest first. */
	public List<JsonNode> postsTo(String conversationId) {
		return server
			.findAll(postRequestedFor(urlPathMatching("/v3/conversations/" + encoded(conversationId) + "/activities.*")))
			.stream()
			.map(TeamsStub::body)
			.toList();
	}

	/** What Steward posted in the channel: new threads and replies in any of its threads, oldest first. */
	public List<JsonNode> postsInChannel(String channelId) {
		return server
			.findAll(postRequestedFor(
					urlPathMatching("/v3/conversations/" + encoded(channelId) + "(;messageid=[^/]+)?/activities.*")))
			.stream()
			.map(TeamsStub::body)
			.toList();
	}

	/** The replacements Steward sent for activities in the conversation, oldest first. */
	public List<JsonNode> updatesIn(String conversationId) {
		return server
			.findAll(putRequestedFor(urlPathMatching("/v3/conversations/" + encoded(conversationId) + "/activities/.*")))
			.stream()
			.map(TeamsStub::body)
			.toList();
	}

	/** The personal chats Steward opened. */
	public List<JsonNode> createdConversations() {
		return server.findAll(postRequestedFor(urlEqualTo("/v3/conversations"))).stream().map(TeamsStub::body).toList();
	}

	public List<LoggedRequest> tokenRequests() {
		return server.findAll(postRequestedFor(urlPathMatching("/login/.*")));
	}

	public List<LoggedRequest> connectorRequests() {
		return server.getAllServeEvents()
			.stream()
			.map((event) -> event.getRequest())
			.filter((request) -> request.getUrl().startsWith("/v3/"))
			.map(LoggedRequest.class::cast)
			.toList();
	}

	/** The Adaptive Card in a posted activity. */
	public static JsonNode card(JsonNode activity) {
		return activity.path("attachments").path(0).path("content");
	}

	private static JsonNode body(LoggedRequest request) {
		return JSON.readTree(request.getBodyAsString());
	}

	/** The conversation id as a literal in a path pattern. */
	private static String encoded(String conversationId) {
		return Pattern.quote(conversationId);
	}

}
