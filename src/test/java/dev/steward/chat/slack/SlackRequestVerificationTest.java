package dev.steward.chat.slack;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.steward.support.SignedSlackClient;
import dev.steward.support.SlackEdgeTest;
import dev.steward.support.SlackPayloads;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Requests to {@code /slack/events} that are not provably from Slack, or not well formed, change nothing: a signed
 * request that Steward cannot act on gets a 400 with a short reason, never a 500.
 */
@ExtendWith(OutputCaptureExtension.class)
class SlackRequestVerificationTest extends SlackEdgeTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String FORM = "application/x-www-form-urlencoded";

	private static final String LOG = SignedSlackClient.form(java.util.Map.of("team_id", "T1", "channel_id", "C1",
			"channel_name", "team", "user_id", "U0PM", "user_name", "pm", "command", "/impediment", "text",
			"log Build server is down", "trigger_id", "t", "response_url", "http://localhost/unused"));

	@Autowired
	private SeenRequests signatures;

	private long eventsBefore;

	private long deliveriesBefore;

	@BeforeEach
	void team() {
		setUpStandup("C1", "U0PM", List.of("U0PM"), "UTC", "TEAM", "09:00", "11:00");
		eventsBefore = handledEvents();
		deliveriesBefore = count("delivery");
	}

	@Test
	void acknowledgesSignedImpedimentLogQuicklyAndStoresIt() {
		long started = System.nanoTime();
		HttpResponse<String> response = client.send(LOG, "application/x-www-form-urlencoded");
		long millis = (System.nanoTime() - started) / 1_000_000;

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(millis).as("ack time in ms").isLessThan(3000);
		assertThat(response.body()).contains("\"response_type\":\"ephemeral\"").contains("Logged");
		assertThat(impediments()).isEqualTo(1);
	}

	@Test
	void rejectsWrongSignatureWith401AndStoresNothing() {
		HttpResponse<String> response = client.send(LOG, "application/x-www-form-urlencoded",
				Instant.now().getEpochSecond(), "v0=" + "0".repeat(64));

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(impediments()).isZero();
	}

	@Test
	void rejectsSignatureMadeWithAnotherSecret() {
		long now = Instant.now().getEpochSecond();
		String forged = new SignedSlackClient(port, "not-the-secret").sign(now, LOG);

		assertThat(client.send(LOG, "application/x-www-form-urlencoded", now, forged).statusCode()).isEqualTo(401);
		assertThat(impediments()).isZero();
	}

	@Test
	void rejectsTimestampsMoreThanFiveMinutesInThePastOrFuture() {
		long past = Instant.now().minusSeconds(6 * 60).getEpochSecond();
		long future = Instant.now().plusSeconds(6 * 60).getEpochSecond();

		assertThat(client.send(LOG, "application/x-www-form-urlencoded", past, client.sign(past, LOG)).statusCode())
			.isEqualTo(401);
		assertThat(client.send(LOG, "application/x-www-form-urlencoded", future, client.sign(future, LOG))
			.statusCode()).isEqualTo(401);
		assertThat(impediments()).isZero();
	}

	@Test
	void rejectsMissingSignatureHeadersWith401() {
		assertThat(client.send(LOG, "application/x-www-form-urlencoded", Instant.now().getEpochSecond(), "")
			.statusCode()).isEqualTo(401);
	}

	@Test
	void answersMalformedBodiesWith400() {
		assertThat(client.send("hello=world", "application/x-www-form-urlencoded").statusCode()).isEqualTo(400);
		assertThat(client.send("payload=%7Bnot-json", "application/x-www-form-urlencoded").statusCode())
			.isEqualTo(400);
		assertThat(client.send("{\"type\":", "application/json").statusCode()).isEqualTo(400);
		assertThat(impediments()).isZero();
	}

	@Test
	void rejectsASlashCommandWithAnEmptyUserIdWith400(CapturedOutput output) {
		HttpResponse<String> response = client.send(logCommand("user_id", ""), FORM);

		assertRejected(response, "user_id", output);
	}

	@Test
	void rejectsANulCharacterInCommandTextWith400(CapturedOutput output) {
		HttpResponse<String> response = client.send(logCommand("text", "log Build server\u0000 is down"), FORM);

		assertRejected(response, "NUL", output);
	}

	@Test
	void rejectsAButtonPressWithoutATeamWith400(CapturedOutput output) {
		HttpResponse<String> response = client.interaction(buttonPress((press) -> {
			press.remove("team");
			((ObjectNode) press.get("user")).remove("team_id");
		}));

		assertRejected(response, "team", output);
	}

	@Test
	void rejectsAButtonPressWithoutAUserWith400(CapturedOutput output) {
		HttpResponse<String> response = client.interaction(buttonPress((press) -> press.remove("user")));

		assertRejected(response, "user", output);
	}

	@Test
	void answersAButtonPressFromAnOrgWideInstallWhoseTeamIsOnlyOnTheUser() {
		HttpResponse<String> response = client.interaction(buttonPress((press) -> press.putNull("team")));

		assertThat(response.statusCode()).isEqualTo(200);
		await().untilAsserted(() -> assertThat(slack.responses()).singleElement()
			.satisfies((reply) -> assertThat(reply.getBodyAsString()).contains("no longer supported")));
	}

	@Test
	void rejectsAViewSubmissionWithANullViewWith400(CapturedOutput output) {
		String submission = edit(SlackPayloads.submission("U0PM", "standup.setup", "C1\nteam", Map.of(), List.of(),
				List.of(), List.of()), (payload) -> payload.putNull("view"));

		assertRejected(client.interaction(submission), "view", output);
	}

	@Test
	void rejectsAnEventCallbackWithoutAnEventWith400(CapturedOutput output) {
		String callback = edit(directMessage(), (payload) -> payload.remove("event"));

		assertRejected(client.event(callback), "event", output);
	}

	@Test
	void rejectsAnEventIdOverFourHundredCharactersWith400(CapturedOutput output) {
		String callback = edit(directMessage(), (payload) -> payload.put("event_id", "Ev" + "0".repeat(420)));

		assertRejected(client.event(callback), "event_id", output);
	}

	@Test
	void rejectsAnEventWhoseTextIsAnObjectWith400(CapturedOutput output) {
		String callback = edit(directMessage(),
				(payload) -> ((ObjectNode) payload.get("event")).putObject("text").put("type", "mrkdwn"));

		assertRejected(client.event(callback), "text", output);
	}

	@Test
	void answersAButtonPressBoltCannotReadWith400(CapturedOutput output) {
		HttpResponse<String> response = client
			.interaction(buttonPress((press) -> press.put("container", "a string where Slack sends an object")));

		assertRejected(response, "unreadable", output);
	}

	@Test
	void answersAnEventBoltCannotReadWith400(CapturedOutput output) {
		String callback = edit(directMessage(),
				(payload) -> ((ObjectNode) payload.get("event")).putObject("user").put("id", "U0PM"));

		assertRejected(client.event(callback), "unreadable", output);
	}

	@Test
	void answersASlashCommandReplayedWithinItsWindowWith401AndLogsOneImpediment() {
		String command = logCommand("text", "log Build server is down");
		long timestamp = Instant.now().getEpochSecond();
		String signature = client.sign(timestamp, command);

		HttpResponse<String> first = client.send(command, FORM, timestamp, signature);
		HttpResponse<String> replayed = client.send(command, FORM, timestamp, signature);

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(replayed.statusCode()).isEqualTo(401);
		assertThat(replayed.body()).isEqualTo("replayed request");
		assertThat(impediments()).isEqualTo(1);
	}

	@Test
	void answersAButtonPressReplayedWithinItsWindowWith401AndAnswersItOnce() {
		String press = SlackPayloads.buttonPress("U0PM", "retired.button", "1", slack.responseUrl());
		String body = "payload=" + URLEncoder.encode(press, StandardCharsets.UTF_8);
		long timestamp = Instant.now().getEpochSecond();
		String signature = client.sign(timestamp, body);

		assertThat(client.send(body, FORM, timestamp, signature).statusCode()).isEqualTo(200);
		assertThat(client.send(body, FORM, timestamp, signature).statusCode()).isEqualTo(401);
		await().untilAsserted(() -> assertThat(slack.responses()).hasSize(1));
	}

	@Test
	void acknowledgesAnEventReplayedWithinItsWindowWith200() {
		String event = directMessage();
		long timestamp = Instant.now().getEpochSecond();
		String signature = client.sign(timestamp, event);

		assertThat(client.send(event, "application/json", timestamp, signature).statusCode()).isEqualTo(200);
		assertThat(client.send(event, "application/json", timestamp, signature).statusCode()).isEqualTo(200);
	}

	@Test
	void answersARequestAnotherReplicaHandledWith401() {
		String command = logCommand("text", "log Build server is down");
		long timestamp = Instant.now().getEpochSecond();
		String signature = client.sign(timestamp, command);
		jdbc.sql("insert into processed_event (event_key, received_at) values (:key, current_timestamp)")
			.param("key", "slack-sig:" + signature)
			.update();

		assertThat(client.send(command, FORM, timestamp, signature).statusCode()).isEqualTo(401);
		assertThat(impediments()).isZero();
	}

	@Test
	void forgetsSignaturesOnlyOnceTheirTimestampsWouldBeRefused() {
		jdbc.sql("insert into processed_event (event_key, received_at) values ('slack-sig:v0=old', :old), "
				+ "('slack-sig:v0=recent', :recent), ('slack:Ev0OLD', :old)")
			.param("old", Instant.now().minus(Duration.ofMinutes(11)).atOffset(ZoneOffset.UTC))
			.param("recent", Instant.now().minus(Duration.ofMinutes(9)).atOffset(ZoneOffset.UTC))
			.update();

		signatures.forgetExpired();

		assertThat(jdbc.sql("select event_key from processed_event where event_key in "
				+ "('slack-sig:v0=old', 'slack-sig:v0=recent', 'slack:Ev0OLD')")
			.query(String.class)
			.list()).containsExactlyInAnyOrder("slack-sig:v0=recent", "slack:Ev0OLD");
	}

	private void assertRejected(HttpResponse<String> response, String reason, CapturedOutput output) {
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains(reason).hasSizeLessThan(100);
		assertThat(impediments()).isZero();
		assertThat(handledEvents()).isEqualTo(eventsBefore);
		assertThat(count("delivery")).isEqualTo(deliveriesBefore);
		assertThat(output.getAll().lines().filter((line) -> line.contains(" ERROR "))).isEmpty();
	}

	private static String logCommand(String field, String value) {
		Map<String, String> fields = new LinkedHashMap<>(Map.of("team_id", "T1", "channel_id", "C1", "channel_name",
				"team", "user_id", "U0PM", "user_name", "pm", "command", "/impediment", "text",
				"log Build server is down", "trigger_id", SlackPayloads.unique("t"), "response_url",
				"http://localhost/unused"));
		fields.put(field, value);
		return SignedSlackClient.form(fields);
	}

	private String buttonPress(Consumer<ObjectNode> change) {
		return edit(SlackPayloads.buttonPress("U0PM", "retired.button", "1", slack.responseUrl()), change);
	}

	private static String directMessage() {
		return SlackPayloads.directMessage("U0PM", "hello", SlackPayloads.unique("Ev0DM"));
	}

	private static String edit(String json, Consumer<ObjectNode> change) {
		ObjectNode tree = (ObjectNode) JSON.readTree(json);
		change.accept(tree);
		return JSON.writeValueAsString(tree);
	}

	private long impediments() {
		return count("impediment");
	}

	/** The events Steward handled, leaving out the signatures the replay guard remembers. */
	private long handledEvents() {
		return jdbc.sql("select count(*) from processed_event where event_key not like 'slack-sig:%'")
			.query(Long.class)
			.single();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
