package dev.steward.standup;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.steward.support.SlackEdgeTest;
import dev.steward.support.SlackPayloads;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PM removes the stand-up over Slack after confirming: nobody is asked any more, the channel is told, the history
 * stays, and a new stand-up can be set up; "Keep it" changes nothing, and only PMs remove.
 */
class StandupRemovalOverSlackTest extends SlackEdgeTest {

	private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T03:30:00Z");

	@Test
	void removesAfterConfirmingKeepsTheHistoryAndLetsTheTeamStartAgain() {
		setUpStandup("C12", "U0PM", List.of("U0BOB"), "Asia/Kolkata", "TEAM", "09:00", "11:00");
		tickAt(MONDAY_NINE);
		long standup = jdbc.sql("select s.id from standup s join team t on t.id = s.team_id where t.channel_id = 'C12'")
			.query(Long.class)
			.single();

		HttpResponse<String> asked = client.command("/standup", "remove", "U0PM", "C12", "team-C12");
		assertThat(asked.body()).contains("Remove the stand-up").contains("Keep it");
		assertThat(jdbc.sql("select removed_at is null from standup where id = :id").param("id", standup)
			.query(Boolean.class).single()).as("nothing changes before the PM confirms").isTrue();
		awaitingDeliveries(() -> client.interaction(SlackPayloads.buttonPress("U0PM", "standup.remove",
				Long.toString(standup), slack.responseUrl())));
		clock.freezeAt(Instant.parse("2026-11-24T03:30:00Z"));
		tickAt(Instant.parse("2026-11-24T03:30:00Z"));

		assertThat(slack.postsTo("U0BOB")).as("only Monday's prompt").hasSize(1);
		assertThat(slack.postsTo("C12")).anySatisfy((post) -> assertThat(post.get("text")).contains("removed"));
		assertThat(jdbc.sql("select count(*) from standup_run where standup_id = :id").param("id", standup)
			.query(Long.class).single()).as("history stays").isOne();
		setUpStandup("C12", "U0PM", List.of("U0BOB"), "Asia/Kolkata", "TEAM", "09:00", "11:00");
		assertThat(jdbc.sql("select count(*) from standup s join team t on t.id = s.team_id where t.channel_id = 'C12' "
				+ "and s.removed_at is null").query(Long.class).single()).isOne();
	}

	@Test
	void keepsTheStandupWhenThePmThinksAgainAndLetsOnlyPmsRemove() {
		setUpStandup("C13", "U0PM", List.of("U0BOB"), "Asia/Kolkata", "TEAM", "09:00", "11:00");
		long standup = jdbc.sql("select s.id from standup s join team t on t.id = s.team_id where t.channel_id = 'C13'")
			.query(Long.class)
			.single();

		assertThat(client.command("/standup", "remove", "U0BOB", "C13", "team-C13").body()).contains("PM");
		client.interaction(SlackPayloads.buttonPress("U0BOB", "standup.remove", Long.toString(standup),
				slack.responseUrl()));
		client.interaction(SlackPayloads.buttonPress("U0PM", "standup.keep", Long.toString(standup),
				slack.responseUrl()));

		assertThat(jdbc.sql("select removed_at is null from standup where id = :id").param("id", standup)
			.query(Boolean.class).single()).isTrue();
	}

}
