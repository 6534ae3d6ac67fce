package dev.steward.digest;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.steward.support.Blocks;
import dev.steward.support.SlackEdgeTest;
import dev.steward.support.SlackPayloads;
import dev.steward.support.StandupSetup;

import static org.assertj.core.api.Assertions.assertThat;

/** The digest's line for a team whose stand-up asks on a scale: the period's average and its change. */
class DigestScalesOverSlackTest extends SlackEdgeTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final List<String> TEAM = List.of("U0ANN", "U0BOB", "U0CAT");

	@Test
	void aWeeklyDigestGivesTheTeamsAverageMoodAndItsChangeOnTheWeekBefore() {
		setUp();
		standUp("2026-11-16T09:00", "3", "3", "5");
		standUp("2026-11-23T09:00", "2", "4", "4");
		clock.freezeAt(instant("2026-11-23T16:00"));
		assertThat(client.command("/digest", "subscribe weekly at 08:00 on monday", "U0PM", "C1", "team-C1")
			.statusCode()).isEqualTo(200);

		tickAt(instant("2026-11-30T08:00"));

		String digest = Blocks.tree(digests().get(0).get("blocks")).toString();
		assertThat(digest).contains("Mood and health").contains("#team-C1: mood 3.3, \u2193 0.3 on the period before");
	}

	@Test
	void aDigestLeavesOutAnAnonymousAverageOfFewerThanThreeScores() {
		setUp();
		standUp("2026-11-23T09:00", "2", "4", "-");
		clock.freezeAt(instant("2026-11-23T16:00"));
		client.command("/digest", "subscribe weekly at 08:00 on monday", "U0PM", "C1", "team-C1");

		tickAt(instant("2026-11-30T08:00"));

		String digest = Blocks.tree(digests().get(0).get("blocks")).toString();
		assertThat(digest).contains("100% of 3 prompts answered").doesNotContain("mood");
	}

	private void setUp() {
		assertThat(client.command("/standup", "setup", "U0PM", "C1", "team-C1").statusCode()).isEqualTo(200);
		HttpResponse<String> submitted = client.interaction(StandupSetup.of(TEAM, "U0PM")
			.set("questions", "How do you feel today? [mood, anonymous, optional]\nWhat will you do today?\n"
					+ "Anything blocking you?")
			.slack("U0PM", "C1", "team-C1"));
		assertThat(submitted.body()).doesNotContain("errors");
		awaitMembersLookedUp("C1", TEAM);
	}

	private void standUp(String berlinNine, String... moods) {
		tickAt(instant(berlinNine));
		for (int i = 0; i < TEAM.size(); i++) {
			String event = SlackPayloads.directMessage(TEAM.get(i), moods[i] + "\nWork\nnone",
					"Ev" + berlinNine.replaceAll("\\D", "") + i + String.join("", moods).replaceAll("\\D", ""));
			awaitingDeliveries(() -> client.send(event, "application/json"));
		}
	}

	private List<Map<String, String>> digests() {
		awaitQueuedDeliveries();
		return slack.postsTo("U0PM").stream().filter((post) -> post.get("blocks").contains("Steward digest")).toList();
	}

	private static Instant instant(String berlinTime) {
		return LocalDateTime.parse(berlinTime).atZone(BERLIN).toInstant();
	}

}
