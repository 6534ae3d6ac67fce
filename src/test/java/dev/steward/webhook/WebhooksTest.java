package dev.steward.webhook;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.steward.scheduling.AdjustableClock;
import dev.steward.support.WebBrowser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhooks end to end: a PM subscribes a WireMock receiver on the dashboard, events made in chat arrive signed as
 * Standard Webhooks says, once each, through a receiver that fails twice first, and the test button and the delivery
 * log work; a member who is not a PM cannot manage them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "steward.scheduling.enabled=false", "steward.webhooks.allow-private=true",
				"steward.delivery.poll-interval=50ms", "steward.delivery.initial-backoff=100ms",
				"steward.delivery.max-backoff=200ms",
				"spring.datasource.url=jdbc:h2:mem:webhooks;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class WebhooksTest {

	private static final WireMockServer receiver = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">(whsec_[A-Za-z0-9+/=]+)</code>");

	static {
		receiver.start();
	}

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private AdjustableClock clock;

	private long alpha;

	@AfterAll
	static void stopReceiver() {
		receiver.stop();
	}

	@BeforeEach
	void freshReceiver() {
		receiver.resetAll();
		receiver.stubFor(post(urlEqualTo("/hooks")).willReturn(aResponse().withStatus(204)));
		clock.freezeAt(Instant.parse("2026-11-23T10:00:00Z"));
		alpha = jdbc.sql("select id from team where channel_id = 'team-alpha'").query(Long.class).single();
		jdbc.sql("update webhook_subscription set removed_at = created_at, removed_reason = 'test'").update();
	}

	@Test
	void sendsEachEventOnceSignedAsStandardWebhooksSays() throws Exception {
		WebBrowser alice = new WebBrowser(port).signInAs("alice");
		String secret = subscribe(alice, "impediment.opened", "impediment.resolved");

		command("bob", "/impediment log Staging database is read-only high");
		long id = jdbc.sql("select max(id) from impediment").query(Long.class).single();
		command("alice", "/impediment resolve IMP-" + id + " Fixed the grants");

		List<LoggedRequest> calls = await().until(() -> receiver.findAll(postRequestedFor(urlEqualTo("/hooks"))),
				(found) -> found.size() >= 2);
		assertThat(calls).hasSize(2);
		for (LoggedRequest call : calls) {
			String body = call.getBodyAsString();
			assertThat(call.getHeader("webhook-signature")).isEqualTo("v1," + hmac(secret,
					call.getHeader("webhook-id") + "." + call.getHeader("webhook-timestamp") + "." + body));
		}
		JsonNode opened = JSON.readTree(calls.get(0).getBodyAsString());
		assertThat(opened.path("type").asString()).isEqualTo("impediment.opened");
		assertThat(opened.path("data").path("title").asString()).isEqualTo("Staging database is read-only");
		assertThat(JSON.readTree(calls.get(1).getBodyAsString()).path("type").asString())
			.isEqualTo("impediment.resolved");
		assertThat(calls.get(0).getHeader("webhook-id")).isNotEqualTo(calls.get(1).getHeader("webhook-id"));
	}

	@Test
	void retriesThroughAFailingReceiverAndDeliversOnceWithOneWebhookId() throws Exception {
		receiver.stubFor(post(urlEqualTo("/hooks")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(500)).willSetStateTo("failed once"));
		receiver.stubFor(post(urlEqualTo("/hooks")).inScenario("flaky").whenScenarioStateIs("failed once")
			.willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
		receiver.stubFor(post(urlEqualTo("/hooks")).inScenario("flaky").whenScenarioStateIs("recovered")
			.willReturn(aResponse().withStatus(200)));
		WebBrowser alice = new WebBrowser(port).signInAs("alice");
		subscribe(alice, "impediment.opened");
		long subscription = jdbc.sql("select max(id) from webhook_subscription").query(Long.class).single();
		// Retries are due by the clock, so it runs here.
		clock.reset();

		command("chen", "/impediment log VPN drops every hour low");

		await().until(() -> jdbc.sql("select status from delivery where platform = 'WEBHOOK' and conversation_id = :id")
			.param("id", Long.toString(subscription))
			.query(String.class)
			.list(), (statuses) -> statuses.equals(List.of("SENT")));
		List<LoggedRequest> calls = receiver.findAll(postRequestedFor(urlEqualTo("/hooks")));
		assertThat(calls).hasSize(3);
		assertThat(calls).extracting((call) -> call.getHeader("webhook-id")).containsOnly(calls.get(0)
			.getHeader("webhook-id"));
		assertThat(alice.get("/dashboard/teams/" + alpha + "/webhooks").body()).contains("impediment.opened")
			.contains("sent");
	}

	@Test
	void sendsATestEventFromTheDashboard() throws Exception {
		WebBrowser alice = new WebBrowser(port).signInAs("alice");
		subscribe(alice, "sprint.started");
		String page = alice.get("/dashboard/teams/" + alpha + "/webhooks").body();
		long subscription = jdbc.sql("select max(id) from webhook_subscription").query(Long.class).single();

		assertThat(alice.post("/dashboard/teams/" + alpha + "/webhooks/" + subscription + "/test", "_csrf="
				+ WebBrowser.csrf(page)).statusCode()).isEqualTo(302);

		LoggedRequest call = await().until(() -> receiver.findAll(postRequestedFor(urlEqualTo("/hooks"))),
				(found) -> !found.isEmpty()).get(0);
		assertThat(JSON.readTree(call.getBodyAsString()).path("type").asString()).isEqualTo("webhook.test");
	}

	@Test
	void announcesOnceThatASprintRanOutWithoutAnEndCommand() throws Exception {
		WebBrowser alice = new WebBrowser(port).signInAs("alice");
		subscribe(alice, "sprint.ended");
		jdbc.sql("insert into sprint (team_id, name, starts_on, ends_on, reminded_at, review_sent_at, created_by, "
				+ "created_at) values (:team, 'Sprint 13', date '2026-11-10', date '2026-11-22', :at, :at, 'alice', :at)")
			.param("team", alpha)
			.param("at", Instant.parse("2026-11-09T09:00:00Z").atOffset(java.time.ZoneOffset.UTC))
			.update();

		sandboxClock("{\"advance\":\"PT1M\"}");
		sandboxClock("{\"advance\":\"PT1M\"}");

		LoggedRequest call = await().until(() -> receiver.findAll(postRequestedFor(urlEqualTo("/hooks"))),
				(found) -> !found.isEmpty()).get(0);
		JsonNode ended = JSON.readTree(call.getBodyAsString());
		assertThat(ended.path("type").asString()).isEqualTo("sprint.ended");
		assertThat(ended.path("data").path("name").asString()).isEqualTo("Sprint 13");
		assertThat(jdbc.sql("select count(*) from delivery where platform = 'WEBHOOK' and idempotency_key like "
				+ "'%sprint.ended%'").query(Long.class).single()).isOne();
	}

	@Test
	void sendsTheReportOfEachOfATeamsStandupsOnTheSameDay() throws Exception {
		WebBrowser alice = new WebBrowser(port).signInAs("alice");
		subscribe(alice, "standup.reported");
		jdbc.sql("""
				insert into standup (team_id, name, prompt_time, report_time, reminder_delay_minutes,
				    reminder_before_report, weekdays, zone_policy, questions, created_at, next_report_at)
				select team_id, 'Week in review', prompt_time, report_time, reminder_delay_minutes,
				    reminder_before_report, 'MONDAY', zone_policy, questions, created_at, next_report_at
				from standup where id = (select min(id) from standup where team_id = :team)""")
			.param("team", alpha)
			.update();
		// As saving a setup does: the next tick works out each report afresh, at the test's clock rather than the one
		// the demo team's first tick may have seen.
		jdbc.sql("update standup set next_report_at = :epoch, next_report_date = null where team_id = :team")
			.param("epoch", Instant.EPOCH.atOffset(java.time.ZoneOffset.UTC))
			.param("team", alpha)
			.update();

		sandboxClock("{\"advance\":\"PT1H15M\"}");

		List<JsonNode> reports = await().until(() -> reports(), (found) -> found.size() >= 2);
		assertThat(reports).extracting((report) -> report.path("data").path("standup").asString())
			.containsExactlyInAnyOrder("Daily stand-up", "Week in review");
		assertThat(reports).extracting((report) -> report.path("data").path("date").asString())
			.containsOnly("2026-11-23");
	}

	private List<JsonNode> reports() {
		return receiver.findAll(postRequestedFor(urlEqualTo("/hooks")))
			.stream()
			.map((call) -> JSON.readTree(call.getBodyAsString()))
			.filter((event) -> event.path("type").asString().equals("standup.reported"))
			.toList();
	}

	@Test
	void refusesAUrlThatIsNotHttpAndLetsOnlyPmsManageWebhooks() throws Exception {
		WebBrowser alice = new WebBrowser(port).signInAs("alice");
		String page = alice.get("/dashboard/teams/" + alpha + "/webhooks").body();
		long before = jdbc.sql("select count(*) from webhook_subscription").query(Long.class).single();

		HttpResponse<String> ftp = alice.post("/dashboard/teams/" + alpha + "/webhooks", "url="
				+ URLEncoder.encode("ftp://example.com/x", StandardCharsets.UTF_8) + "&events=impediment.opened&_csrf="
				+ WebBrowser.csrf(page));

		assertThat(ftp.statusCode()).isEqualTo(400);
		assertThat(ftp.body()).contains("must start with https://");
		assertThat(jdbc.sql("select count(*) from webhook_subscription").query(Long.class).single()).isEqualTo(before);
		WebBrowser bob = new WebBrowser(port).signInAs("bob");
		assertThat(bob.get("/dashboard/teams/" + alpha + "/webhooks").statusCode()).isEqualTo(403);
		assertThat(alice.get("/dashboard/teams/999999/webhooks").statusCode()).isEqualTo(404);
	}

	private String subscribe(WebBrowser pm, String... events) throws Exception {
		String page = pm.get("/dashboard/teams/" + alpha + "/webhooks").body();
		StringBuilder form = new StringBuilder("url=" + URLEncoder.encode(receiver.baseUrl() + "/hooks",
				StandardCharsets.UTF_8));
		for (String event : events) {
			form.append("&events=").append(event);
		}
		HttpResponse<String> subscribed = pm.post("/dashboard/teams/" + alpha + "/webhooks", form + "&_csrf="
				+ WebBrowser.csrf(page));
		assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(200);
		Matcher secret = SECRET.matcher(subscribed.body());
		assertThat(secret.find()).as("the secret on %s", subscribed.body()).isTrue();
		return secret.group(1);
	}

	private void command(String user, String text) throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sandbox/api/commands"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\",\"text\":\"" + text
						+ "\",\"conversation\":\"channel:team-alpha\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
	}

	private void sandboxClock(String json) throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sandbox/api/clock"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
	}

	/** The signature Standard Webhooks defines, computed here on its own. */
	private static String hmac(String secret, String signed) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
		return Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
	}

}
