package dev.steward.chat.sandbox;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.steward.scheduling.AdjustableClock;
import dev.steward.support.WebBrowser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo team's PM adds an anonymous mood question in the sandbox; the summary shows only the team's spread. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "steward.scheduling.enabled=false", "spring.datasource.url=jdbc:h2:mem:sandboxquestions;"
				+ "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class QuestionTypesInSandboxTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private AdjustableClock clock;

	@AfterEach
	void resume() {
		clock.reset();
	}

	@Test
	void anAnonymousMoodQuestionShowsOnlyTheSpreadInTheSummary() {
		clock.freezeAt(Instant.parse("2026-11-23T03:00:00Z"));
		JsonNode form = json(post("/sandbox/api/commands", "{\"user\":\"alice\",\"text\":\"/standup setup\"}"))
			.path("form");
		Map<String, List<String>> values = initialValues(form);
		values.put("questions", List.of("How do you feel today? [mood, anonymous]\nWhat did you do yesterday?\n"
				+ "What will you do today?\nAnything blocking you?"));
		values.put("blockers_question", List.of("4"));
		values.put("plans_question", List.of("3"));
		JsonNode saved = json(post("/sandbox/api/actions", JSON.writeValueAsString(Map.of("user", "alice", "form",
				Map.of("formId", "standup.setup", "context", form.path("context").asString(), "values", values)))));
		assertThat(saved.path("accepted").asBoolean()).as(saved.toString()).isTrue();

		post("/sandbox/api/clock", "{\"advance\":\"PT7H\"}");
		answer("alice", "4");
		answer("bob", "2/5");
		answer("chen", "4");
		post("/sandbox/api/clock", "{\"advance\":\"PT2H\"}");

		String summary = json(get("/sandbox/api/conversations/channel:team-alpha/messages")).toString();
		assertThat(summary).contains("\ud83d\ude1e 0 \u00b7 \ud83d\ude41 1 \u00b7 \ud83d\ude10 0 \u00b7 \ud83d\ude42 2 "
				+ "\u00b7 \ud83d\ude04 0")
			.contains("mood 3.3, no earlier scores")
			.doesNotContain("4/5", "2/5");
	}

	private void answer(String user, String mood) {
		HttpResponse<String> sent = post("/sandbox/api/messages", "{\"user\":\"" + user + "\",\"text\":\"" + mood
				+ "\\nSpecs\\nReviews\\nnone\"}");
		assertThat(sent.statusCode()).isEqualTo(200);
		assertThat(json(get("/sandbox/api/conversations/dm:" + user + "/messages")).toString()).contains("is in");
	}

	private static Map<String, List<String>> initialValues(JsonNode form) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (JsonNode field : form.path("fields")) {
			List<String> initial = new ArrayList<>();
			field.path("initialValues").forEach((value) -> initial.add(value.asString()));
			values.put(field.path("id").asString(), initial);
		}
		return values;
	}

	private static JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> get(String path) {
		return new WebBrowser(port).getJson(path);
	}

	private HttpResponse<String> post(String path, String body) {
		return new WebBrowser(port).postJson(path, body);
	}

}
