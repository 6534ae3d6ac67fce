package dev.steward.storage;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.steward.command.Interactions;
import dev.steward.delivery.DeliveryDispatcher;
import dev.steward.support.SignedSlackClient;
import dev.steward.support.SlackPayloads;
import dev.steward.support.SlackStub;
import dev.steward.support.StandupSetup;
import dev.steward.support.StewardInstance;
import dev.steward.support.TcpProxy;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Steward over real HTTP on a real database connection that goes away (a TCP proxy cuts it): Slack still gets its
 * answer within three seconds, readiness goes down and comes back, and the tick resumes with nothing lost or
 * doubled. On H2 and, in CI, on PostgreSQL.
 */
@Tag("storage")
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageOverSlackTest {

	/** Slack's deadline for an answer: a request not answered within it fails the test. */
	private static final Duration SLACK_DEADLINE = Duration.ofSeconds(3);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final SlackStub slack = new SlackStub().start();

	private final TcpProxy database = TcpProxy.forTestDatabase();

	private StewardInstance steward;

	private SignedSlackClient client;

	/** Starts Steward on the proxied database with a stand-up whose prompt is due at 09:00 on Monday 23 November. */
	private void startSteward(String pollInterval, String... extra) {
		slack.user("U0A", "Asha", "UTC");
		List<String> args = new ArrayList<>(List.of("--spring.datasource.username=" + database.user(),
				"--spring.datasource.password=" + database.password(), "--steward.delivery.poll-interval=" + pollInterval));
		args.addAll(List.of(extra));
		steward = StewardInstance.start(database.freshDatabase("outage"), slack, args.toArray(String[]::new));
		client = steward.client(SLACK_DEADLINE);
		steward.setUpStandup(slack, "C1", "U0PM", List.of("U0A"), "UTC", "09:00", "18:00", "TEAM", List.of("MONDAY"));
		assertThat(steward.tickAt(Instant.parse("2026-11-23T08:00:00Z"))).isZero();
	}

	@AfterEach
	void stopAll() {
		steward.close();
		database.close();
		slack.stop();
	}

	/**
	 * The delivery dispatcher polls throughout, as in production, and meets the outage too. Only the lines logged
	 * before the restore are counted for the one warning: a poll that failed just before it may report after.
	 */
	@Test
	void slackGetsTheApologyWithinThreeSecondsAndReadinessIsDownWhileTheDatabaseIsAway(CapturedOutput output) {
		startSteward("20ms");
		int mark = output.getAll().length();
		database.cut();

		HttpResponse<String> command = client.command("/impediment", "list", "U0A", "C1", "team");
		assertThat(command.statusCode()).isEqualTo(200);
		assertThat(json(command).path("response_type").asString()).isEqualTo("ephemeral");
		assertThat(json(command).path("text").asString()).isEqualTo(Interactions.UNAVAILABLE);

		HttpResponse<String> form = client
			.interaction(StandupSetup.of(List.of("U0A"), "U0PM").slack("U0PM", "C1", "team"));
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(json(form).path("response_action").asString()).isEqualTo("errors");
		assertThat(json(form).path("errors").values()).extracting(JsonNode::asString)
			.containsExactly(Interactions.UNAVAILABLE);

		HttpResponse<String> button = client
			.interaction(SlackPayloads.buttonPress("U0A", "standup.skip", "1", slack.responseUrl()));
		assertThat(button.statusCode()).isEqualTo(200);
		await().untilAsserted(() -> assertThat(slack.responses()).extracting((response) -> JSON
			.readTree(response.getBodyAsString())
			.path("text")
			.asString()).contains(Interactions.UNAVAILABLE));

		HttpResponse<String> message = client.event(SlackPayloads.directMessage("U0A", "done: the report", "Ev0OUT1"));
		assertThat(message.statusCode()).isEqualTo(200);
		await().untilAsserted(() -> assertThat(slack.postsTo("D1")).extracting((post) -> post.get("text"))
			.contains(Interactions.UNAVAILABLE));

		HttpResponse<String> uninstall = client.event(SlackPayloads.event("app_uninstalled", "T1", Map.of()));
		assertThat(uninstall.statusCode()).as("an uninstall Steward could not note, for Slack to send again")
			.isEqualTo(503);

		assertThat(health("readiness").statusCode()).isEqualTo(503);
		assertThat(json(health("readiness")).path("status").asString()).isEqualTo("DOWN");
		assertThat(health("liveness").statusCode()).isEqualTo(200);
		assertThat(json(health("liveness")).path("status").asString()).isEqualTo("UP");

		List<String> duringTheOutage = logSince(output, mark);
		database.restore();
		await().untilAsserted(() -> assertThat(health("readiness").statusCode()).isEqualTo(200));
		assertThat(duringTheOutage).filteredOn((line) -> line.contains("The database is unreachable")).hasSize(1);
		assertThat(logSince(output, mark)).noneMatch(OutageLog::isUnexpectedError);
	}

	/** The dispatcher runs by hand here, so the tick and the readiness check are all that reach the database. */
	@Test
	void aPromptThatFellDueWhileTheDatabaseWasAwayIsSentOnceWhenItIsBack(CapturedOutput output) {
		startSteward("1h");
		int mark = output.getAll().length();
		database.cut();

		assertThat(steward.tickAt(Instant.parse("2026-11-23T09:01:00Z"))).as("units the tick could not do")
			.isPositive();

		database.restore();
		await().untilAsserted(() -> assertThat(health("readiness").statusCode()).isEqualTo(200));
		assertThat(steward.tickAt(Instant.parse("2026-11-23T09:02:00Z"))).isZero();
		steward.bean(DeliveryDispatcher.class).dispatchDue();
		assertThat(prompts()).hasSize(1);
		assertThat(steward.tickAt(Instant.parse("2026-11-23T09:03:00Z"))).isZero();
		steward.bean(DeliveryDispatcher.class).dispatchDue();
		assertThat(steward.bean(JdbcClient.class)
			.sql("select count(*) from delivery where idempotency_key like 'prompt:%'")
			.query(Long.class)
			.single()).isOne();
		assertThat(prompts()).hasSize(1);
		List<String> log = logSince(output, mark);
		assertThat(log).noneMatch(OutageLog::isUnexpectedError);
		assertThat(log).filteredOn((line) -> line.contains("The database is unreachable")).hasSize(1);
		assertThat(log).filteredOn((line) -> line.contains("The database is reachable again")).hasSize(1);
	}

	/**
	 * Slack takes the prompt, and the database goes away before Steward can note it: the outcome is unknown, so once
	 * the database is back and the lease has lapsed, Steward finds the prompt in the DM's history instead of sending
	 * it again.
	 */
	@Test
	void aPromptSentJustAsTheDatabaseWentAwayIsFoundInTheHistoryNotSentAgain() throws Exception {
		startSteward("1h", "--steward.delivery.lease=2s", "--steward.delivery.lease-renewal=1s");
		String key = "prompt:s1:U0A:2026-11-23";
		slack.server().stubFor(post(urlEqualTo("/api/chat.postMessage")).atPriority(1)
			.willReturn(okJson("{\"ok\":true,\"channel\":\"D0A\",\"ts\":\"1795424400.000100\"}")
				.withFixedDelay(1500)));
		slack.server().stubFor(post(urlEqualTo("/api/conversations.open"))
			.willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"D0A\"}}")));
		slack.server().stubFor(post(urlEqualTo("/api/conversations.history")).willReturn(okJson(
				"{\"ok\":true,\"messages\":[{\"type\":\"message\",\"ts\":\"1795424400.000100\",\"text\":\"Stand-up\","
						+ "\"metadata\":{\"event_type\":\"steward_delivery\",\"event_payload\":{\"key\":\"" + key
						+ "\"}}}],\"has_more\":false}")));
		assertThat(steward.tickAt(Instant.parse("2026-11-23T09:01:00Z"))).isZero();
		DeliveryDispatcher dispatcher = steward.bean(DeliveryDispatcher.class);

		CompletableFuture<Integer> sending = CompletableFuture
			.supplyAsync(dispatcher::dispatchDue);
		await().until(() -> !prompts().isEmpty());
		database.cut();
		assertThat(sending.get(10, TimeUnit.SECONDS)).as("delivered, as far as it can tell").isZero();
		database.restore();

		JdbcClient jdbc = steward.bean(JdbcClient.class);
		await().ignoreExceptions().until(() -> {
			dispatcher.dispatchDue();
			return "SENT".equals(jdbc.sql("select status from delivery where idempotency_key = :key").param("key", key)
				.query(String.class)
				.single());
		});
		assertThat(prompts()).as("posted once; the second attempt looked first").hasSize(1);
		assertThat(slack.calls("conversations.history")).isNotEmpty();
	}

	private List<?> prompts() {
		return slack.postsTo("U0A").stream().filter((post) -> post.get("text").startsWith("Stand-up")).toList();
	}

	private HttpResponse<String> health(String group) {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + steward.port() + "/actuator/health/" + group))
			.timeout(SLACK_DEADLINE)
			.build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private static List<String> logSince(CapturedOutput output, int mark) {
		return output.getAll().substring(mark).lines().toList();
	}

}
