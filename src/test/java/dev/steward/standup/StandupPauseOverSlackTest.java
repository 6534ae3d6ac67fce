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

/**
 * A PM pauses the stand-up over Slack: no prompt, reminder or summary while it is paused, the channel is told, an
 * answer for a paused day is refused with nothing saved, and it runs again after the pause or once resumed; only PMs
 * pause and resume.
 */
class StandupPauseOverSlackTest extends SlackEdgeTest {

	/** Monday 23 November 2026, 07:30 in Asia/Kolkata, before the prompt. */
	private static final Instant MONDAY_EARLY = Instant.parse("2026-11-23T02:00:00Z");

	private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T03:30:00Z");

	private static final Instant MONDAY_ELEVEN = Instant.parse("2026-11-23T05:30:00Z");

	private static final Instant WEDNESDAY_NINE = Instant.parse("2026-11-25T03:30:00Z");

	@Test
	void promptsNobodyAndPostsNoSummaryWhilePausedThenRunsAgainAfterThePause() {
		setUpStandup("C7", "U0PM", List.of("U0BOB"), "Asia/Kolkata", "TEAM", "09:00", "11:00");
		clock.freezeAt(MONDAY_EARLY);

		String reply = text(client.command("/standup", "pause until 2026-11-24", "U0PM", "C7", "team-C7"));
		assertThat(reply).contains("Paused").contains("through");
		tickAt(MONDAY_NINE);
		tickAt(MONDAY_ELEVEN);

		assertThat(slack.postsTo("U0BOB")).isEmpty();
		assertThat(slack.summariesIn("C7")).isEmpty();
		assertThat(slack.postsTo("C7")).anySatisfy((post) -> assertThat(post.get("text")).contains("paused"));
		tickAt(WEDNESDAY_NINE);
		assertThat(slack.postsTo("U0BOB")).singleElement()
			.satisfies((prompt) -> assertThat(prompt.get("text")).contains("Stand-up"));
	}

	@Test
	void refusesAnAnswerForAPausedDayAndSavesNothing() {
		setUpStandup("C8", "U0PM", List.of("U0BOB"), "Asia/Kolkata", "TEAM", "09:00", "11:00");
		tickAt(MONDAY_NINE);
		String runId = Blocks.buttonValue(slack.postsTo("U0BOB").get(0), "standup.answer");

		assertThat(text(client.command("/standup", "pause", "U0PM", "C8", "team-C8"))).contains("until a PM types");
		HttpResponse<String> submitted = client.interaction(SlackPayloads.submission("U0BOB", "standup.answers", runId,
				Map.of("q0", List.of("Reviews"), "q1", List.of("Release"), "q2", List.of("none")), List.of(),
				List.of(), List.of()));

		assertThat(submitted.body()).contains("paused");
		assertThat(jdbc.sql("select count(*) from standup_answer").query(Long.class).single()).isZero();
		assertThat(text(client.command("/standup", "resume", "U0PM", "C8", "team-C8"))).contains("Resumed");
		assertThat(text(client.command("/standup", "resume", "U0PM", "C8", "team-C8"))).contains("is not paused");
	}

	@Test
	void letsOnlyPmsPauseAndSaysHowToWriteIt() {
		setUpStandup("C9", "U0PM", List.of("U0BOB"), "Asia/Kolkata", "TEAM", "09:00", "11:00");
		clock.freezeAt(MONDAY_EARLY);

		assertThat(text(client.command("/standup", "pause", "U0BOB", "C9", "team-C9"))).contains("PM");
		assertThat(text(client.command("/standup", "pause until", "U0PM", "C9", "team-C9")))
			.contains("/standup pause until").contains("YYYY-MM-DD");
		assertThat(text(client.command("/standup", "pause until 2026-11-20", "U0PM", "C9", "team-C9")))
			.contains("in the past");
		assertThat(jdbc.sql("select count(*) from standup where paused_from is not null").query(Long.class).single())
			.isZero();
	}

	private static String text(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
