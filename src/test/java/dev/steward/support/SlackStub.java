package dev.steward.support;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/** WireMock standing in for the Slack Web API (and response URLs), with helpers to read what Steward sent. */
public final class SlackStub {

	private final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());

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
	}

	/** Makes users.info answer for the user with the name and zone. */
	public void user(String userId, String name, String zone) {
		server.stubFor(post(urlEqualTo("/api/users.info"))
			.withRequestBody(containing("user=" + userId))
			.atPriority(1)
			.willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"" + userId + "\",\"name\":\"" + name.toLowerCase()
					+ "\",\"real_name\":\"" + name + "\",\"tz\":\"" + zone + "\",\"profile\":{\"display_name\":\""
					+ name + "\"}}}")));
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

	/** The stand-up summaries posted to the channel (not the other messages Steward posts there). */
	public List<Map<String, String>> summariesIn(String channel) {
		return postsTo(channel).stream().filter((post) -> post.get("text").contains(" stand-up \u00b7 ")).toList();
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
