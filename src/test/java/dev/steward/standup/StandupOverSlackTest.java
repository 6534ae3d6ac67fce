package dev.steward.standup;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.steward.support.Blocks;
import dev.steward.support.SlackEdgeTest;
import dev.steward.support.SlackPayloads;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole stand-up day over Slack: prompt, answer in the modal, blocker, reminder, summary, late answer. */
class StandupOverSlackTest extends SlackEdgeTest {

	/** Monday 23 November 2026, 09:00 in Asia/Kolkata. */
	private static final Instant NINE_IN_KOLKATA = Instant.parse("2026-11-23T03:30:00Z");

	private static final Instant ELEVEN_IN_KOLKATA = Instant.parse("2026-11-23T05:30:00Z");

	@Test
	void promptsAtMembersLocalNineStoresModalAnswersLogsBlockerAndReportsEscaped() {
		slack.user("U0BOB", "Bob", "Asia/Kolkata");
		setUpStandup("C1", "U0PM", List.of("U0BOB"), "Asia/Kolkata", "MEMBER", "09:00", "11:00");

		tickAt(NINE_IN_KOLKATA.minusSeconds(60));
		assertThat(slack.postsTo("U0BOB")).isEmpty();

		tickAt(NINE_IN_KOLKATA);
		assertThat(slack.postsTo("U0BOB")).hasSize(1);
		Map<String, String> prompt = slack.postsTo("U0BOB").get(0);
		assertThat(prompt.get("text")).contains("Stand-up");

		String runId = Blocks.buttonValue(prompt, "standup.answer");
		HttpResponse<String> pressed = client
			.interaction(SlackPayloads.buttonPress("U0BOB", "standup.answer", runId, slack.responseUrl()));
		assertThat(pressed.statusCode()).isEqualTo(200);
		Map<String, String> opened = slack.calls("views.open").get(slack.calls("views.open").size() - 1);
		assertThat(opened.get("trigger_id")).isEqualTo("trigger-U0BOB");
		assertThat(Blocks.tree(opened.get("view")).path("callback_id").asString()).isEqualTo("standup.answers");

		HttpResponse<String> submitted = client.interaction(answers("U0BOB", runId, "Shipped login",
				"Fix <b>checkout</b>", "<!channel> waiting on DB access & VPN"));
		assertThat(submitted.statusCode()).isEqualTo(200);
		assertThat(submitted.body()).doesNotContain("errors");
		awaitQueuedDeliveries();

		assertThat(jdbc.sql("select title from impediment where owner_id = 'U0BOB' and source_run_id = :run")
			.param("run", Long.parseLong(runId))
			.query(String.class)
			.list()).containsExactly("<!channel> waiting on DB access & VPN");
		assertThat(slack.postsTo("U0BOB")).anySatisfy((dm) -> assertThat(dm.get("text")).contains("IMP-"));

		tickAt(ELEVEN_IN_KOLKATA);
		List<Map<String, String>> reports = slack.summariesIn("C1");
		assertThat(reports).hasSize(1);
		String blocks = Blocks.tree(reports.get(0).get("blocks")).toString();
		assertThat(blocks).contains("&lt;!channel&gt; waiting on DB access &amp; VPN")
			.contains("Fix &lt;b&gt;checkout&lt;/b&gt;")
			.contains("*Bob*")
			.doesNotContain("<!channel>");
		assertThat(reports.get(0).get("text")).doesNotContain("<!channel>");
	}

	@Test
	void remindsOnlyMembersWhoHaveNotAnsweredAndReportsWhoWasSilent() {
		setUpStandup("C2", "U0PM", List.of("U0ANN", "U0BOB"), "Asia/Kolkata", "TEAM", "09:00", "11:00");
		tickAt(NINE_IN_KOLKATA);
		String runId = Blocks.buttonValue(slack.postsTo("U0ANN").get(0), "standup.answer");
		client.interaction(answers("U0ANN", runId, "Reviews", "Release notes", "none"));

		tickAt(NINE_IN_KOLKATA.plusSeconds(3600));
		assertThat(slack.postsTo("U0BOB")).hasSize(2);
		assertThat(slack.postsTo("U0BOB").get(1).get("text")).startsWith("Reminder");
		assertThat(slack.postsTo("U0ANN")).hasSize(1);
		assertThat(jdbc.sql("select count(*) from impediment").query(Long.class).single()).isZero();

		tickAt(ELEVEN_IN_KOLKATA);
		assertThat(Blocks.tree(slack.summariesIn("C2").get(0).get("blocks")).toString()).contains("*No answer:* U0BOB");
	}

	@Test
	void lateAnswerUpdatesTheSummaryInsteadOfPostingAgain() {
		setUpStandup("C3", "U0PM", List.of("U0BOB"), "Asia/Kolkata", "TEAM", "09:00", "11:00");
		tickAt(NINE_IN_KOLKATA);
		String runId = Blocks.buttonValue(slack.postsTo("U0BOB").get(0), "standup.answer");
		tickAt(ELEVEN_IN_KOLKATA);
		assertThat(slack.summariesIn("C3")).hasSize(1);

		client.interaction(answers("U0BOB", runId, "Oncall", "Postmortem", "-"));
		awaitQueuedDeliveries();

		assertThat(slack.summariesIn("C3")).hasSize(1);
		assertThat(slack.calls("chat.update")).anySatisfy((update) -> {
			assertThat(update.get("ts")).isEqualTo("1700000000.000100");
			assertThat(update.get("blocks")).contains("Postmortem");
		});
	}

	@Test
	void skipButtonSkipsTheDayAndTheSummarySaysSo() {
		setUpStandup("C4", "U0PM", List.of("U0BOB"), "Asia/Kolkata", "TEAM", "09:00", "11:00");
		tickAt(NINE_IN_KOLKATA);
		String runId = Blocks.buttonValue(slack.postsTo("U0BOB").get(0), "standup.answer");

		HttpResponse<String> pressed = client
			.interaction(SlackPayloads.buttonPress("U0BOB", "standup.skip", runId, slack.responseUrl()));

		assertThat(pressed.statusCode()).isEqualTo(200);
		org.awaitility.Awaitility.await()
			.untilAsserted(() -> assertThat(slack.responses()).anySatisfy(
					(response) -> assertThat(response.getBodyAsString()).contains("Skipped")
						.contains("\"replace_original\":true")));
		tickAt(NINE_IN_KOLKATA.plusSeconds(3600));
		assertThat(slack.postsTo("U0BOB")).hasSize(1);
		tickAt(ELEVEN_IN_KOLKATA);
		assertThat(slack.summariesIn("C4").get(0).get("blocks")).contains("Skipped:");
	}

	@Test
	void modalShowsErrorsForMissingAnswersAndStoresNothing() {
		setUpStandup("C5", "U0PM", List.of("U0BOB"), "Asia/Kolkata", "TEAM", "09:00", "11:00");
		tickAt(NINE_IN_KOLKATA);
		String runId = Blocks.buttonValue(slack.postsTo("U0BOB").get(0), "standup.answer");

		HttpResponse<String> submitted = client.interaction(answers("U0BOB", runId, "", "Today", "x".repeat(3001)));

		assertThat(submitted.statusCode()).isEqualTo(200);
		assertThat(Blocks.tree(submitted.body()).path("response_action").asString()).isEqualTo("errors");
		assertThat(Blocks.tree(submitted.body()).path("errors").path("q0").asString()).contains("answer");
		assertThat(Blocks.tree(submitted.body()).path("errors").path("q2").asString()).contains("3000");
		assertThat(jdbc.sql("select count(*) from standup_answer").query(Long.class).single()).isZero();
	}

	@Test
	void acceptsAnswersAsAPlainDirectMessageOnceEvenWhenSlackRetries() {
		setUpStandup("C6", "U0PM", List.of("U0BOB"), "Asia/Kolkata", "TEAM", "09:00", "11:00");
		tickAt(NINE_IN_KOLKATA);
		String event = SlackPayloads.directMessage("U0BOB", "Wrote tests\nDeploy\nStuck on <!here> quota", "Ev01");

		assertThat(client.send(event, "application/json").statusCode()).isEqualTo(200);
		assertThat(client.send(event, "application/json").statusCode()).isEqualTo(200);
		awaitQueuedDeliveries();

		assertThat(jdbc.sql("select answer from standup_answer order by position").query(String.class).list())
			.containsExactly("Wrote tests", "Deploy", "Stuck on <!here> quota");
		assertThat(jdbc.sql("select count(*) from impediment").query(Long.class).single()).isEqualTo(1);
		assertThat(slack.postsTo("U0BOB")).filteredOn((dm) -> dm.get("text").contains("IMP-")).hasSize(1);
	}

	@Test
	void explainsTheReplyFormatWhenTheLinesDoNotMatchTheQuestions() {
		setUpStandup("C7", "U0PM", List.of("U0BOB"), "Asia/Kolkata", "TEAM", "09:00", "11:00");
		tickAt(NINE_IN_KOLKATA);

		client.send(SlackPayloads.directMessage("U0BOB", "all good", "Ev02"), "application/json");
		awaitQueuedDeliveries();

		assertThat(slack.postsTo("U0BOB")).anySatisfy((dm) -> assertThat(dm.get("text")).contains("one line per question"));
		assertThat(jdbc.sql("select count(*) from standup_answer").query(Long.class).single()).isZero();
	}

	private static String answers(String user, String runId, String yesterday, String today, String blockers) {
		return SlackPayloads.submission(user, "standup.answers", runId,
				Map.of("q0", List.of(yesterday), "q1", List.of(today), "q2", List.of(blockers)), List.of(), List.of(),
				List.of());
	}

}
