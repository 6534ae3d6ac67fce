package dev.steward.chat.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.steward.scheduling.AdjustableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox chat, driven over its JSON API the way its page and scripts drive it: a whole stand-up day. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "steward.scheduling.enabled=false", "spring.datasource.url=jdbc:h2:mem:sandbox;MODE=PostgreSQL;"
				+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class SandboxApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private AdjustableClock clock;

	@Autowired
	private JdbcClient jdbc;

	/**
	 * Every test starts on the same Monday morning, earlier than where the previous one left the clock; a real clock
	 * never goes back, so the schedule is asked to look at everyone again, as after a restart.
	 */
	@BeforeEach
	void mondayMorning() {
		clock.freezeAt(Instant.parse("2026-11-23T03:00:00Z"));
		jdbc.sql("update standup_member set next_due_at = timestamp with time zone '1970-01-01 00:00:00+00'").update();
		jdbc.sql("update standup set next_report_at = timestamp with time zone '1970-01-01 00:00:00+00', "
				+ "next_report_date = null").update();
	}

	@AfterEach
	void resume() {
		clock.reset();
	}

	@Test
	void servesThePageAndListsPeopleAndConversations() {
		assertThat(get("/").body()).contains("<title>");
		assertThat(json(get("/sandbox/api/users")).findValuesAsString("id")).contains("alice", "bob", "chen", "dana");
		assertThat(json(get("/sandbox/api/conversations?user=bob")).findValuesAsString("id"))
			.containsExactly("channel:team-alpha", "dm:bob");
	}

	@Test
	void runsAWholeStandupDayWithTheClockControl() {
		post("/sandbox/api/clock", "{\"advance\":\"PT1H\"}");
		JsonNode prompt = prompt("dm:bob", "Mon 23 Nov");
		String runId = prompt.findValue("buttons").get(0).path("value").asString();

		JsonNode opened = json(post("/sandbox/api/actions", "{\"user\":\"bob\",\"conversation\":\"dm:bob\",\"messageId\":"
				+ prompt.path("id").asLong() + ",\"actionId\":\"standup.answer\",\"value\":\"" + runId + "\"}"));
		assertThat(opened.path("form").path("formId").asString()).isEqualTo("standup.answers");

		JsonNode submitted = json(post("/sandbox/api/actions", "{\"user\":\"bob\",\"form\":{\"formId\":\"standup.answers\","
				+ "\"context\":\"" + runId + "\",\"values\":{\"q0\":[\"Specs\"],\"q1\":[\"Build <b>it</b>\"],"
				+ "\"q2\":[\"<!channel> no DB access\"]}}}"));
		assertThat(submitted.path("accepted").asBoolean()).isTrue();
		assertThat(messages("dm:bob").toString()).contains("I logged your blocker as ");

		post("/sandbox/api/clock", "{\"advance\":\"PT8H\"}");
		String summary = messages("channel:team-alpha").toString();
		assertThat(summary).contains("#team-alpha stand-up \u00b7 Mon 23 Nov")
			.contains("<!channel> no DB access")
			.contains("Build <b>it</b>")
			.contains("No answer:");
	}

	@Test
	void aPersonWhoChoosesGermanIsPromptedAndAnsweredInGerman() {
		clock.freezeAt(Instant.parse("2026-11-25T03:00:00Z"));
		assertThat(post("/sandbox/api/commands", "{\"user\":\"bob\",\"text\":\"/standup language de\"}").body())
			.contains("Deutsch");
		try {
			post("/sandbox/api/clock", "{\"advance\":\"PT1H\"}");
			JsonNode prompt = prompt("dm:bob", "Mi., 25. Nov.");
			assertThat(prompt.toString()).contains("Guten Morgen").contains("Heute auslassen");

			post("/sandbox/api/messages", "{\"user\":\"bob\",\"text\":\"nur eine Zeile\"}");
			assertThat(messages("dm:bob").toString()).contains("Um per Nachricht zu antworten");
		}
		finally {
			post("/sandbox/api/commands", "{\"user\":\"bob\",\"text\":\"/standup language team\"}");
		}
	}

	@Test
	void takesAPlainDirectMessageAsAnswers() {
		clock.freezeAt(Instant.parse("2026-11-24T03:00:00Z"));
		post("/sandbox/api/clock", "{\"advance\":\"PT1H\"}");
		prompt("dm:bob", "Tue 24 Nov");

		HttpResponse<String> sent = post("/sandbox/api/messages",
				"{\"user\":\"bob\",\"text\":\"Reviews\\nPairing\\nnone\"}");

		assertThat(sent.statusCode()).isEqualTo(200);
		assertThat(messages("dm:bob").toString()).contains("\"author\":\"bob\"").contains("is in");
	}

	@Test
	void theDemoStakeholderGetsADigestWithItsChart() {
		assertThat(post("/sandbox/api/commands", "{\"user\":\"dana\",\"text\":\"/digest now\"}").body())
			.contains("on its way to your DM");

		org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(messages("dm:dana").toString())
			.contains("Steward digest")
			.contains("\"type\":\"image\""));
	}

	@Test
	void answersBadRequestsWith400AndAReason() {
		assertThat(post("/sandbox/api/commands", "{\"user\":\"zed\",\"text\":\"/standup help\"}").body())
			.contains("Unknown sandbox user 'zed'");
		assertThat(post("/sandbox/api/commands", "{\"user\":\"alice\",\"text\":\"/standup status\",\"conversation\":\"dm:bob\"}")
			.statusCode()).isEqualTo(400);
		assertThat(post("/sandbox/api/clock", "{\"advance\":\"-PT1H\"}").body()).contains("only moves forward");
		assertThat(post("/sandbox/api/clock", "{\"advance\":\"soon\"}").statusCode()).isEqualTo(400);
		assertThat(post("/sandbox/api/commands", "{\"user\":").statusCode()).isEqualTo(400);
		assertThat(post("/sandbox/api/actions", "{\"user\":\"bob\",\"conversation\":\"dm:bob\",\"messageId\":999999,"
				+ "\"actionId\":\"standup.skip\",\"value\":\"1\"}").statusCode()).isEqualTo(400);
	}

	@Test
	void unknownCommandsGetHelpAndMistakesGetExplanations() {
		assertThat(post("/sandbox/api/commands", "{\"user\":\"bob\",\"text\":\"/standup dance\"}").body())
			.contains("/standup join");
		assertThat(post("/sandbox/api/commands", "{\"user\":\"bob\",\"text\":\"/nothing\"}").body())
			.contains("Steward commands");
		assertThat(post("/sandbox/api/commands", "{\"user\":\"bob\",\"text\":\"/impediment resolve IMP-424242\"}").body())
			.contains("There is no IMP-424242");
	}

	@Test
	void aTeamHolidayHasNoPromptAndAMistypedCommandGetsDidYouMean() {
		JsonNode added = json(post("/sandbox/api/commands", "{\"user\":\"alice\",\"text\":\"/standup holidays add "
				+ "2026-11-23 Company day\",\"conversation\":\"channel:team-alpha\"}"));
		assertThat(added.path("message").toString()).contains("Added Mon 23 Nov (Company day)");

		post("/sandbox/api/clock", "{\"advance\":\"PT12H\"}");

		assertThat(messages("dm:bob").toString()).doesNotContain("Stand-up \u00b7 Mon 23 Nov");
		assertThat(messages("channel:team-alpha").toString()).doesNotContain("stand-up \u00b7 Mon 23 Nov");
		JsonNode typo = json(post("/sandbox/api/commands", "{\"user\":\"bob\",\"text\":\"/impedment list\"}"));
		assertThat(typo.path("message").toString()).contains("Did you mean /impediment?");
		post("/sandbox/api/commands", "{\"user\":\"alice\",\"text\":\"/standup holidays remove 2026-11-23\","
				+ "\"conversation\":\"channel:team-alpha\"}");
	}

	private JsonNode messages(String conversation) {
		return json(get("/sandbox/api/conversations/" + conversation + "/messages"));
	}

	/** Steward's stand-up prompt for the day in the conversation. */
	private JsonNode prompt(String conversation, String day) {
		for (JsonNode message : messages(conversation)) {
			if (message.path("message").path("fallback").asString().startsWith("Stand-up \u00b7 " + day)) {
				return message;
			}
		}
		throw new AssertionError("No prompt for " + day + " in " + conversation);
	}

	private static JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build());
	}

	private HttpResponse<String> post(String path, String body) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
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

}
