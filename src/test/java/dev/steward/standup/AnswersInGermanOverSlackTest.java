package dev.steward.standup;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.steward.chat.Platform;
import dev.steward.support.Blocks;
import dev.steward.support.SlackEdgeTest;
import dev.steward.support.SlackPayloads;
import dev.steward.support.StandupSetup;
import dev.steward.team.TeamRepository;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A German team answers its stand-up over Slack: the answer form, the reply format and the refusals are in German, and
 * a member with a language of their own (Spanish) is answered in theirs.
 */
class AnswersInGermanOverSlackTest extends SlackEdgeTest {

	/** Monday 23 November 2026, 09:00 in Berlin. */
	private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T08:00:00Z");

	private static final String QUESTIONS = """
			Wie fühlst du dich? [mood]
			Was machst du heute?
			Blockiert dich etwas?
			Wer kann helfen? [if 3]""";

	@Autowired
	private TeamRepository teams;

	@Test
	void theAnswerFormOfAGermanTeamIsInGermanAndRefusesAMissingScoreInGerman() {
		setUpGermanTeam("C1");
		tickAt(MONDAY_NINE);

		client.interaction(SlackPayloads.buttonPress("U0BOB", "standup.answer", runOf("U0BOB"), slack.responseUrl()));

		JsonNode view = Blocks.tree(slack.calls("views.open").get(slack.calls("views.open").size() - 1).get("view"));
		assertThat(view.path("title").path("text").asString()).isEqualTo("Stand-up \u00b7 Mo., 23. Nov.");
		assertThat(view.path("submit").path("text").asString()).isEqualTo("Absenden");
		JsonNode blocks = view.path("blocks");
		assertThat(blocks.get(0).path("element").path("options").get(0).path("text").path("text").asString())
			.isEqualTo("1 \ud83d\ude1e furchtbar");
		assertThat(blocks.get(2).path("hint").path("text").asString())
			.isEqualTo("Lass es leer oder schreib \u201ekeine\u201c, wenn dich nichts blockiert.");
		assertThat(blocks.get(3).path("label").path("text").asString())
			.isEqualTo("Wer kann helfen? (nur wenn du ein Hindernis genannt hast)");

		HttpResponse<String> submitted = client.interaction(answers("U0BOB", runOf("U0BOB"), "", "Doku", "keine"));

		assertThat(Blocks.tree(submitted.body()).path("errors").path("q0").asString())
			.isEqualTo("Bitte wähl etwas aus.");
	}

	@Test
	void aGermanTeamsMemberWhoAnswersByMessageWithAMistakeIsToldInGerman() {
		setUpGermanTeam("C2");
		tickAt(MONDAY_NINE);

		client.send(SlackPayloads.directMessage("U0BOB", "alles gut", SlackPayloads.unique("EvDe")), "application/json");
		client.send(SlackPayloads.directMessage("U0BOB", "7\nDoku\nkeine\n-", SlackPayloads.unique("EvDe")), "application/json");

		await().untilAsserted(() -> assertThat(dmsTo("U0BOB")).contains("""
				Um per Nachricht zu antworten, schick eine Zeile pro Frage, in dieser Reihenfolge:
				Wie fühlst du dich? (1 bis 5)
				Was machst du heute?
				Blockiert dich etwas?
				Wer kann helfen? (nur wenn du ein Hindernis genannt hast, sonst -)
				Oder drück in der Stand-up-Nachricht auf Antworten.""")
			.contains("Gib einen Wert von 1 bis 5 an, etwa 4 oder 4/5."));
		assertThat(jdbc.sql("select count(*) from standup_answer").query(Long.class).single()).isZero();
	}

	@Test
	void aMemberWithALanguageOfTheirOwnIsRefusedInItInAGermanTeam() {
		setUpGermanTeam("C3");
		teams.setPersonLanguage(Platform.SLACK, workspaceOf("C3"), "U0BOB", "es");
		tickAt(MONDAY_NINE);

		client.send(SlackPayloads.directMessage("U0BOB", "7\nDoku\nnada\n-", SlackPayloads.unique("EvEs")), "application/json");

		await().untilAsserted(
				() -> assertThat(dmsTo("U0BOB")).contains("Da una puntuación de 1 a 5, como 4 o 4/5."));
	}

	@Test
	void anEarlyAnswerOnADayWithoutAStandupIsRefusedInGerman() {
		setUpGermanTeam("C4");
		clock.freezeAt(Instant.parse("2026-11-28T09:00:00Z"));

		HttpResponse<String> refused = client.command("/standup", "answer", "U0BOB", "C4", "team-C4");

		assertThat(refused.body()).contains("Heute gibt es für dich kein Stand-up (kein Stand-up-Tag), also gibt es "
				+ "nichts zu beantworten.");
	}

	private void setUpGermanTeam(String channel) {
		slack.user("U0BOB", "Bob", "Europe/Berlin");
		assertThat(client.command("/standup", "setup", "U0PM", channel, "team-" + channel).statusCode()).isEqualTo(200);
		HttpResponse<String> submitted = client.interaction(StandupSetup.of(List.of("U0BOB"), "U0PM")
			.set("questions", QUESTIONS)
			.set("blockers_question", "3")
			.set("plans_question", "2")
			.slack("U0PM", channel, "team-" + channel));
		assertThat(submitted.body()).doesNotContain("errors");
		awaitMembersLookedUp(channel, List.of("U0BOB"));
		teams.setLanguage(jdbc.sql("select id from team where channel_id = :channel").param("channel", channel)
			.query(Long.class)
			.single(), "de");
	}

	private String workspaceOf(String channel) {
		return jdbc.sql("select workspace_id from team where channel_id = :channel").param("channel", channel)
			.query(String.class)
			.single();
	}

	private static List<String> dmsTo(String user) {
		return slack.postsTo(user).stream().map((post) -> post.get("text")).toList();
	}

	private String runOf(String user) {
		List<Map<String, String>> posts = slack.postsTo(user);
		return Blocks.buttonValue(posts.get(posts.size() - 1), "standup.answer");
	}

	private static String answers(String user, String runId, String mood, String today, String blockers) {
		return SlackPayloads.submission(user, "standup.answers", runId, Map.of("q0", List.of(mood), "q1",
				List.of(today), "q2", List.of(blockers), "q3", List.of("")), List.of(), List.of(), List.of("q0"));
	}

}
