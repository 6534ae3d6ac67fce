package dev.steward.standup;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.steward.support.Blocks;
import dev.steward.support.SlackEdgeTest;
import dev.steward.support.SlackPayloads;
import dev.steward.support.StandupSetup;

import static org.assertj.core.api.Assertions.assertThat;

/** An optional member is prompted like everyone, but their silence is not "No answer" and not counted. */
class OptionalMembersOverSlackTest extends SlackEdgeTest {

	@Test
	void promptsAnOptionalMemberButNeverCountsThemAsMissing() {
		client.command("/standup", "setup", "U0PM", "C14", "team-C14");
		String submitted = client.interaction(StandupSetup.of(List.of("U0ANN", "U0CAT"), "U0PM")
			.set("optional", "U0CAT")
			.set("prompt_time", "09:00")
			.set("report_time", "11:00")
			.set("zone_policy", "TEAM")
			.set("team_zone", "Asia/Kolkata")
			.slack("U0PM", "C14", "team-C14")).body();
		assertThat(submitted).doesNotContain("errors");
		awaitMembersLookedUp("C14", List.of("U0ANN", "U0CAT"));

		tickAt(Instant.parse("2026-11-23T03:30:00Z"));
		assertThat(slack.postsTo("U0CAT")).hasSize(1);
		String runId = Blocks.buttonValue(slack.postsTo("U0ANN").get(0), "standup.answer");
		client.interaction(SlackPayloads.submission("U0ANN", "standup.answers", runId, Map.of("q0",
				List.of("Reviews"), "q1", List.of("Release"), "q2", List.of("none")), List.of(), List.of(), List.of()));
		tickAt(Instant.parse("2026-11-23T05:30:00Z"));

		String summary = Blocks.tree(slack.summariesIn("C14").get(0).get("blocks")).toString();
		assertThat(summary).contains("1 of 1 answered").doesNotContain("No answer");
	}

	@Test
	void refusesAnOptionalPersonWhoIsNotInTheStandup() {
		client.command("/standup", "setup", "U0PM", "C15", "team-C15");

		String submitted = client.interaction(StandupSetup.of(List.of("U0ANN"), "U0PM")
			.set("optional", "U0DAN")
			.slack("U0PM", "C15", "team-C15")).body();

		assertThat(submitted).contains("errors").contains("Optional people must also be in");
		assertThat(jdbc.sql("select count(*) from standup_optional").query(Long.class).single()).isZero();
	}

}
