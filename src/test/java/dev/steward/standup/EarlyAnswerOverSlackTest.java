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

/** A member answers before their prompt with /standup answer over Slack, and the prompt and reminder never come. */
class EarlyAnswerOverSlackTest extends SlackEdgeTest {

	/** Monday 23 November 2026, 07:30 in Asia/Kolkata, before the 09:00 prompt. */
	private static final Instant MONDAY_EARLY = Instant.parse("2026-11-23T02:00:00Z");

	@Test
	void anEarlyAnswerSuppressesThePromptAndTheReminder() {
		setUpStandup("C10", "U0PM", List.of("U0BOB"), "Asia/Kolkata", "TEAM", "09:00", "11:00");
		clock.freezeAt(MONDAY_EARLY);

		HttpResponse<String> opened = client.command("/standup", "answer", "U0BOB", "C10", "team-C10");
		assertThat(opened.statusCode()).isEqualTo(200);
		Map<String, String> modal = slack.calls("views.open").get(slack.calls("views.open").size() - 1);
		assertThat(Blocks.tree(modal.get("view")).path("callback_id").asString()).isEqualTo("standup.answers");
		String runId = Blocks.tree(modal.get("view")).path("private_metadata").asString();
		HttpResponse<String> submitted = client.interaction(SlackPayloads.submission("U0BOB", "standup.answers", runId,
				Map.of("q0", List.of("Reviews"), "q1", List.of("Release notes"), "q2", List.of("none")), List.of(),
				List.of(), List.of()));
		assertThat(submitted.body()).doesNotContain("errors");

		tickAt(Instant.parse("2026-11-23T03:30:00Z"));
		tickAt(Instant.parse("2026-11-23T04:45:00Z"));

		assertThat(jdbc.sql("select count(*) from delivery where idempotency_key like 'prompt:%U0BOB%' "
				+ "or idempotency_key like 'reminder:%U0BOB%'").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from standup_answer where run_id = :run")
			.param("run", Long.parseLong(runId))
			.query(Long.class)
			.single()).isEqualTo(3);
		tickAt(Instant.parse("2026-11-23T05:30:00Z"));
		assertThat(slack.summariesIn("C10")).singleElement()
			.satisfies((summary) -> assertThat(Blocks.tree(summary.get("blocks")).toString()).contains("Release notes"));
	}

	@Test
	void refusesAnEarlyAnswerOnADayWithoutAStandup() {
		setUpStandup("C11", "U0PM", List.of("U0BOB"), "Asia/Kolkata", "TEAM", "09:00", "11:00");
		clock.freezeAt(Instant.parse("2026-11-28T04:00:00Z"));

		HttpResponse<String> refused = client.command("/standup", "answer", "U0BOB", "C11", "team-C11");

		assertThat(refused.body()).contains("no stand-up for you today");
		assertThat(jdbc.sql("select count(*) from standup_run r join team t on t.id = r.team_id "
				+ "where t.channel_id = 'C11' and r.run_date = date '2026-11-28'").query(Long.class).single()).isZero();
	}

}
