package dev.steward.standup;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.steward.support.Blocks;
import dev.steward.support.SlackEdgeTest;
import dev.steward.support.SlackPayloads;
import dev.steward.support.StandupSetup;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typed stand-up questions over Slack: an anonymous mood question whose summary shows only the team's spread and
 * trend, and a conditional question whose answer is kept only when a blocker was given.
 */
class QuestionTypesOverSlackTest extends SlackEdgeTest {

	/** Monday 16 November 2026, 09:00 in Berlin. */
	private static final Instant LAST_MONDAY_NINE = Instant.parse("2026-11-16T08:00:00Z");

	/** Monday 23 November 2026, 09:00 in Berlin. */
	private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T08:00:00Z");

	private static final Instant MONDAY_ELEVEN = Instant.parse("2026-11-23T10:00:00Z");

	private static final String QUESTIONS = """
			How do you feel today? [mood, anonymous]
			What will you do today?
			Anything blocking you?
			Who can help? [if 3]""";

	private static final List<String> TEAM = List.of("U0ANN", "U0BOB", "U0CAT");

	@Test
	void anonymousMoodSummaryShowsOnlyTheSpreadAndTheTrendOnLastWeek() {
		setUp("C1");
		tickAt(LAST_MONDAY_NINE);
		answerByMessage("U0ANN", "3/5", "Ev1");
		answerByMessage("U0BOB", "3", "Ev2");
		answerByMessage("U0CAT", "5 - great", "Ev3");

		tickAt(MONDAY_NINE);
		answerInModal("U0ANN", "2", "Docs", "none", "");
		answerInModal("U0BOB", "4", "Tests", "-", "");
		answerInModal("U0CAT", "4", "Review", "", "");
		tickAt(MONDAY_ELEVEN);

		String summary = Blocks.tree(slack.summariesIn("C1").get(0).get("blocks")).toString();
		assertThat(summary).contains("\ud83d\ude1e 0 \u00b7 \ud83d\ude41 1 \u00b7 \ud83d\ude10 0 \u00b7 \ud83d\ude42 2 "
				+ "\u00b7 \ud83d\ude04 0")
			.contains("mood 3.3, \u2193 0.3 on last week")
			.contains("*Ann*", "*Bob*", "*Cat*")
			.doesNotContain("2/5", "4/5", "awful", "bad", "good");
		assertThat(jdbc.sql("select count(*) from standup_answer where position = 0").query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from standup_score where anonymous").query(Long.class).single())
			.isEqualTo(6);
	}

	@Test
	void whoCanHelpIsKeptOnlyWhenABlockerWasGiven() {
		setUp("C2");
		tickAt(MONDAY_NINE);

		answerInModal("U0ANN", "3", "Docs", "none", "Dana");
		answerInModal("U0BOB", "4", "Deploy", "Waiting on VPN access", "Dana from IT");
		HttpResponse<String> missing = client.interaction(answers("U0CAT", "5", "Review", "Staging is down", ""));
		tickAt(MONDAY_ELEVEN);

		assertThat(Blocks.tree(missing.body()).path("errors").path("q3").asString()).contains("answer");
		assertThat(jdbc.sql("select answer from standup_answer where position = 3 order by member_id")
			.query(String.class)
			.list()).containsExactly("", "Dana from IT");
		String summary = Blocks.tree(slack.summariesIn("C2").get(0).get("blocks")).toString();
		assertThat(summary).contains("Dana from IT").doesNotContain("*Who can help?*\\nDana\\n");
		assertThat(summary.split("Who can help\\?", -1)).hasSize(2);
	}

	@Test
	void theAnswerFormAsksTheMoodAsAScaleAndSaysWhenWhoCanHelpApplies() {
		setUp("C3");
		tickAt(MONDAY_NINE);

		client.interaction(SlackPayloads.buttonPress("U0ANN", "standup.answer", runOf("U0ANN"), slack.responseUrl()));

		Map<String, String> opened = slack.calls("views.open").get(slack.calls("views.open").size() - 1);
		tools.jackson.databind.JsonNode blocks = Blocks.tree(opened.get("view")).path("blocks");
		assertThat(blocks.get(0).path("element").path("type").asString()).isEqualTo("static_select");
		assertThat(blocks.get(0).path("element").path("options")).hasSize(5);
		assertThat(blocks.get(0).path("element").path("options").get(0).path("text").path("text").asString())
			.isEqualTo("1 \ud83d\ude1e awful");
		assertThat(blocks.get(0).path("hint").path("text").asString()).contains("never yours");
		assertThat(blocks.get(3).path("label").path("text").asString())
			.isEqualTo("Who can help? (only if you named a blocker)");
		assertThat(blocks.get(3).path("optional").asBoolean()).isTrue();
	}

	private void setUp(String channel) {
		slack.user("U0ANN", "Ann", "Europe/Berlin");
		slack.user("U0BOB", "Bob", "Europe/Berlin");
		slack.user("U0CAT", "Cat", "Europe/Berlin");
		assertThat(client.command("/standup", "setup", "U0PM", channel, "team-" + channel).statusCode()).isEqualTo(200);
		HttpResponse<String> submitted = client.interaction(StandupSetup.of(TEAM, "U0PM")
			.set("questions", QUESTIONS)
			.set("blockers_question", "3")
			.set("plans_question", "2")
			.slack("U0PM", channel, "team-" + channel));
		assertThat(submitted.body()).doesNotContain("errors");
		awaitMembersLookedUp(channel, TEAM);
	}

	private void answerByMessage(String user, String mood, String event) {
		awaitingDeliveries(() -> client.send(SlackPayloads.directMessage(user, mood + "\nWork\nnone\n-", event),
				"application/json"));
	}

	private void answerInModal(String user, String mood, String today, String blockers, String helper) {
		HttpResponse<String> submitted = awaitingDeliveries(
				() -> client.interaction(answers(user, runOf(user), mood, today, blockers, helper)));
		assertThat(submitted.body()).doesNotContain("errors");
	}

	private String answers(String user, String mood, String today, String blockers, String helper) {
		return answers(user, runOf(user), mood, today, blockers, helper);
	}

	private String runOf(String user) {
		List<Map<String, String>> posts = slack.postsTo(user);
		return Blocks.buttonValue(posts.get(posts.size() - 1), "standup.answer");
	}

	private static String answers(String user, String runId, String mood, String today, String blockers,
			String helper) {
		return SlackPayloads.submission(user, "standup.answers", runId, Map.of("q0", List.of(mood), "q1",
				List.of(today), "q2", List.of(blockers), "q3", List.of(helper)), List.of(), List.of(), List.of("q0"));
	}

}
