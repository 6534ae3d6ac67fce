package dev.steward.i18n;

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
 * A team that chose German hears Steward only in German: its prompt, the notice of the blocker it logged, its summary
 * and the escalations of that blocker to the owner, the PM and the channel.
 */
class GermanTeamOverSlackTest extends SlackEdgeTest {

	/** Monday 23 November 2026, 09:00 in Berlin. */
	private static final Instant NINE_IN_BERLIN = Instant.parse("2026-11-23T08:00:00Z");

	private static final Instant ELEVEN_IN_BERLIN = Instant.parse("2026-11-23T10:00:00Z");

	@Test
	void promptBlockerNoticeSummaryAndEscalationsAreEntirelyGerman() {
		slack.user("U0ANNA", "Anna", "Europe/Berlin");
		germanTeam("C1", List.of("U0ANNA", "U0BEN"));

		tickAt(NINE_IN_BERLIN);
		Map<String, String> prompt = slack.postsTo("U0ANNA").get(0);
		assertThat(prompt.get("text")).isEqualTo("Stand-up \u00b7 Mo., 23. Nov.: Zeit f\u00fcr das Stand-up von #team-C1");
		assertThat(prompt.get("blocks")).contains("Guten Morgen, Anna!")
			.contains("Die Zusammenfassung geht um 11:00 (Europe/Berlin) in den Team-Kanal.")
			.contains("Antworten")
			.contains("Heute auslassen");
		assertGerman(prompt);

		client.send(SlackPayloads.directMessage("U0ANNA", "Tests geschrieben\nRelease\nWarte auf den VPN-Zugang",
				SlackPayloads.unique("EvDe")), "application/json");
		awaitQueuedDeliveries();
		Map<String, String> logged = slack.postsTo("U0ANNA").get(slack.postsTo("U0ANNA").size() - 1);
		assertThat(logged.get("text")).startsWith("Ich habe dein Hindernis als IMP-");
		assertGerman(logged);

		tickAt(ELEVEN_IN_BERLIN);
		Map<String, String> summary = slack.postsTo("C1")
			.stream()
			.filter((post) -> post.get("text").startsWith("Stand-up #team-C1"))
			.findFirst()
			.orElseThrow();
		assertThat(summary.get("text")).isEqualTo("Stand-up #team-C1 \u00b7 Mo., 23. Nov.");
		assertThat(Blocks.tree(summary.get("blocks")).toString()).contains("1 von 2 geantwortet \u00b7 1 blockiert")
			.contains("Keine Antwort:")
			.contains("Warte auf den VPN-Zugang");
		assertGerman(summary);

		for (String day : List.of("2026-11-23T13:00:00Z", "2026-11-24T09:00:00Z", "2026-11-25T09:00:00Z")) {
			tickAt(Instant.parse(day));
		}
		awaitQueuedDeliveries();
		for (String told : List.of("U0ANNA", "U0PM", "C1")) {
			List<Map<String, String>> escalations = slack.postsTo(told)
				.stream()
				.filter((post) -> post.get("text").contains(" blockiert #team-C1"))
				.toList();
			assertThat(escalations).as("escalation to " + told).hasSize(1);
			assertThat(escalations.get(0).get("blocks")).contains("Warte auf den VPN-Zugang");
			assertGerman(escalations.get(0));
		}
	}

	private void germanTeam(String channel, List<String> members) {
		at(NINE_IN_BERLIN.minusSeconds(3600));
		assertThat(client.command("/standup", "setup", "U0PM", channel, "team-" + channel).statusCode()).isEqualTo(200);
		assertThat(client.interaction(StandupSetup.of(members, "U0PM")
			.set("language", "de")
			.set("team_zone", "Europe/Berlin")
			.set("zone_policy", "TEAM")
			.set("prompt_time", "09:00")
			.set("report_time", "11:00")
			.set("questions", "Was hast du gestern gemacht?\nWas machst du heute?\nGibt es Hindernisse?")
			.slack("U0PM", channel, "team-" + channel)).body()).doesNotContain("errors");
		awaitMembersLookedUp(channel, members);
	}

	private void at(Instant instant) {
		clock.freezeAt(instant);
	}

	private static void assertGerman(Map<String, String> message) {
		assertThat(EnglishSentences.in(message.get("text") + "\n" + message.get("blocks")))
			.as("English in %s", message)
			.isEmpty();
	}

}
