package dev.steward.support;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/** WireMock standing in for the Slack Web API (and response URLs), with helpers to read what Steward sent. */
public final class SlackStub {

	/** How many people Slack lists on one page of users.list when asked for its most. */
	public static final int DIRECTORY_PAGE = 1000;

	private static final java.util.regex.Pattern SUMMARY = java.util.regex.Pattern
		.compile(" stand-up \u00b7 |^Stand-up (de )?\\S[^\u00b7]* \u00b7 ");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	private final Map<String, String> zones = new ConcurrentHashMap<>();

	private final Map<String, ObjectNode> listed = new ConcurrentHashMap<>();

	private volatile String socketModeUrl;

	public SlackStub start() {
		server.start();
		reset();
		return this;
	}

	public void stop() {
		server.stop();
	}

	public WireMockServer server() {
		return server;
	}

	public String apiUrl() {
		return server.baseUrl() + "/api/";
	}

	public String responseUrl() {
		return server.baseUrl() + "/respond/1";
	}

	/** Clears requests and restores the default happy stubs. */
	public void reset() {
		zones.clear();
		listed.clear();
		server.resetAll();
		server.stubFor(post(anyUrl()).atPriority(10).willReturn(okJson("{\"ok\":true}")));
		server.stubFor(post(urlEqualTo("/api/auth.test")).willReturn(okJson(
				"{\"ok\":true,\"url\":\"https://t.slack.com/\",\"team\":\"T\",\"user\":\"steward\",\"team_id\":\"T1\","
						+ "\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}")));
		server.stubFor(post(urlEqualTo("/api/chat.postMessage"))
			.willReturn(okJson("{\"ok\":true,\"channel\":\"D1\",\"ts\":\"1700000000.000100\"}")));
		server.stubFor(post(urlEqualTo("/api/users.info"))
			.willReturn(okJson("{\"ok\":false,\"error\":\"user_not_found\"}")));
		server.stubFor(post(urlPathMatching("/respond/.*")).willReturn(aResponse().withStatus(200).withBody("ok")));
		server.stubFor(post(urlEqualTo("/api/files.getUploadURLExternal")).willReturn(okJson(
				"{\"ok\":true,\"upload_url\":\"" + server.baseUrl() + "/upload/F0CHART\",\"file_id\":\"F0CHART\"}")));
		server.stubFor(post(urlPathMatching("/upload/.*")).willReturn(aResponse().withStatus(200).withBody("OK")));
		server.stubFor(post(urlEqualTo("/api/files.completeUploadExternal"))
			.willReturn(okJson("{\"ok\":true,\"files\":[{\"id\":\"F0CHART\",\"title\":\"chart\"}]}")));
		server.stubFor(post(urlEqualTo("/api/files.info"))
			.willReturn(okJson("{\"ok\":true,\"file\":{\"id\":\"F0CHART\",\"name\":\"chart.png\"}}")));
		if (socketModeUrl != null) {
			server.stubFor(post(urlEqualTo("/api/apps.connections.open"))
				.willReturn(okJson(JSON.createObjectNode().put("ok", true).put("url", socketModeUrl).toString())));
		}
	}

	/** Makes apps.connections.open answer with the Socket Mode server's URL, now and after every reset. */
	public void socketMode(String url) {
		socketModeUrl = url;
		reset();
	}

	/** Makes apps.connections.open refuse with the error until the next reset. */
	public void refuseSocketMode(String error) {
		server.stubFor(post(urlEqualTo("/api/apps.connections.open")).atPriority(1)
			.willReturn(okJson(JSON.createObjectNode().put("ok", false).put("error", error).toString())));
	}

	/** The requests for a Socket Mode URL, oldest first. */
	public List<LoggedRequest> connectionsOpened() {
		return server.findAll(postRequestedFor(urlEqualTo("/api/apps.connections.open")));
	}

	/** Makes users.info answer for the user with the name and zone, and users.list list them. */
	public void user(String userId, String name, String zone) {
		zones.put(userId, zone);
		listed.put(userId, member(userId, name.toLowerCase(), name, name, zone));
		directory(List.copyOf(listed.values()));
		server.stubFor(post(urlEqualTo("/api/users.info"))
			.withRequestBody(containing("user=" + userId))
			.atPriority(1)
			.willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"" + userId + "\",\"name\":\"" + name.toLowerCase()
					+ "\",\"real_name\":\"" + name + "\",\"tz\":\"" + zone + "\",\"profile\":{\"display_name\":\""
					+ name + "\"}}}")));
	}

	/** The zone users.info answers for the user, if {@link #user} stubbed them. */
	public Optional<String> zoneOf(String userId) {
		return Optional.ofNullable(zones.get(userId));
	}

	/** A person as users.list lists them; null names and zone are left out, as Slack leaves them empty. */
	public static ObjectNode member(String userId, String name, String realName, String displayName, String zone) {
		ObjectNode member = JSON.createObjectNode().put("id", userId).put("team_id", "T1").put("deleted", false)
			.put("is_bot", false);
		member.put("name", name);
		member.put("real_name", realName);
		member.put("tz", zone);
		member.putObject("profile").put("display_name", (displayName != null) ? displayName : "")
			.put("real_name", realName);
		return member;
	}

	/**
	 * Makes users.list answer with the members, {@link #DIRECTORY_PAGE} a page, whatever limit is asked for; page n
	 * after the first is asked for with the cursor {@code page<n>}.
	 */
	public void directory(List<ObjectNode> members) {
		int pages = Math.max(1, (members.size() + DIRECTORY_PAGE - 1) / DIRECTORY_PAGE);
		for (int page = 1; page <= pages; page++) {
			ArrayNode listed = JSON.createArrayNode();
			listed.addAll(members.subList((page - 1) * DIRECTORY_PAGE, Math.min(members.size(), page * DIRECTORY_PAGE)));
			ObjectNode body = JSON.createObjectNode().put("ok", true).set("members", listed);
			body.putObject("response_metadata").put("next_cursor", (page < pages) ? "page" + (page + 1) : "");
			server.stubFor(post(urlEqualTo("/api/users.list")).atPriority(2)
				.withRequestBody((page == 1) ? notContaining("cursor=") : containing("cursor=page" + page))
				.willReturn(okJson(body.toString())));
		}
	}

	/** Makes the first request for the page of users.list answer 429 with the Retry-After, and later ones as before. */
	public void throttleDirectoryPage(int page, int retryAfterSeconds) {
		server.stubFor(post(urlEqualTo("/api/users.list")).atPriority(1)
			.withRequestBody(containing("cursor=page" + page))
			.inScenario("users.list page " + page)
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("throttled once")
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", Integer.toString(retryAfterSeconds))));
	}

	/** Makes every request for users.list fail with the HTTP status. */
	public void failDirectory(int status) {
		server.stubFor(post(urlEqualTo("/api/users.list")).atPriority(1).willReturn(aResponse().withStatus(status)));
	}

	/** The cursor of each users.list request, oldest first; the first page's is empty. */
	public List<String> directoryCursors() {
		return calls("users.list").stream().map((call) -> call.getOrDefault("cursor", "")).toList();
	}

	/** The form parameters of each call to the method, oldest first. */
	public List<Map<String, String>> calls(String method) {
		return server.findAll(postRequestedFor(urlEqualTo("/api/" + method)))
			.stream()
			.map(SlackStub::form)
			.toList();
	}

	/** The posts to the channel or user. */
	public List<Map<String, String>> postsTo(String channel) {
		return calls("chat.postMessage").stream().filter((call) -> channel.equals(call.get("channel"))).toList();
	}

	/**
	 * The stand-up summaries posted to the channel (not the other messages Steward posts there), in English ("#team
	 * stand-up · Mon 23 Nov"), German ("Stand-up #team · …") or Spanish ("Stand-up de #team · …").
	 */
	public List<Map<String, String>> summariesIn(String channel) {
		return postsTo(channel).stream().filter((post) -> SUMMARY.matcher(post.get("text")).find()).toList();
	}

	/** The bytes of each file Steward uploaded. */
	public List<byte[]> uploads() {
		return server.findAll(postRequestedFor(urlPathMatching("/upload/.*"))).stream().map(LoggedRequest::getBody)
			.toList();
	}

	public List<LoggedRequest> responses() {
		return server.findAll(postRequestedFor(urlPathMatching("/respond/.*")));
	}

	private static Map<String, String> form(LoggedRequest request) {
		Map<String, String> form = new LinkedHashMap<>();
		String body = request.getBodyAsString();
		if (body.isEmpty()) {
			return form;
		}
		for (String pair : body.split("&")) {
			int equals = pair.indexOf('=');
			String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
			form.put(name, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
		}
		return form;
	}

}
