package dev.steward.i18n;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.steward.support.StandupSetup;
import dev.steward.support.TeamsEdgeTest;
import dev.steward.support.TeamsStub;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team in Microsoft Teams that switches to German: the prompt card (with the offered questions now in German), the
 * card it becomes once answered, and the summary.
 */
class GermanTeamOverTeamsTest extends TeamsEdgeTest {

	/** Monday 23 November 2026, 09:00 in London. */
	private static final Instant NINE_IN_LONDON = Instant.parse("2026-11-23T09:00:00Z");

	private static final Instant ELEVEN_IN_LONDON = Instant.parse("2026-11-23T11:00:00Z");

	private static final String CHANNEL = "19:germanstandup@thread.tacv2";

	private static final String PM = "29:1pat-pm";

	private static final String BOB = "29:1bob-builder";

	@Test
	void promptCardAnsweredCardAndSummaryAreGerman() {
		teams.roster(CHANNEL, PM, "Pat PM", BOB, "Bob Builder");
		setUpStandup(CHANNEL, PM, List.of(BOB), "Europe/London", "TEAM", "09:00", "11:00");
		switchToGerman();
		client.send(activities.personal(BOB, "Bob Builder", "hallo", "Europe/London"));

		tickAt(NINE_IN_LONDON);
		JsonNode prompt = TeamsStub.card(last(teams.postsTo("a:personal-" + BOB)));
		assertThat(prompt.toString()).contains("Guten Morgen, Bob Builder!").contains("Zeit f\u00fcr das Stand-up")
			.as("the questions left as offered are now the German ones")
			.contains("Was hast du gestern gemacht?");
		assertGerman(prompt.toString());

		String answers = activities.executeInPersonalChat(BOB, cardAction(prompt, "Absenden"),
				Map.of("q0", "Tests geschrieben", "q1", "Release", "q2", "keine"));
		assertThat(client.send(answers).statusCode()).isEqualTo(200);
		awaitQueuedDeliveries();
		assertThat(teams.updatesIn("a:personal-" + BOB).stream().map(TeamsStub::card).map(JsonNode::toString))
			.anySatisfy((card) -> assertThat(card).contains("dein Stand-up f\u00fcr Mo., 23. Nov. ist da"));

		tickAt(ELEVEN_IN_LONDON);
		JsonNode summary = TeamsStub.card(last(teams.postsTo(CHANNEL)));
		assertThat(summary.toString()).contains("1 von 1 geantwortet").contains("Tests geschrieben");
		assertGerman(summary.toString());
	}

	/** The PM opens the setup again and picks Deutsch, leaving the offered questions as they are. */
	private void switchToGerman() {
		assertThat(client.send(activities.channelMention(CHANNEL, PM, "Pat PM", "standup setup")).statusCode())
			.isEqualTo(200);
		JsonNode card = lastForm(CHANNEL);
		assertThat(awaitingDeliveries(() -> client.send(activities.submitInChannel(CHANNEL, PM, "1700000000003",
				submitData(card), StandupSetup.of(List.of(BOB), PM)
					.set("prompt_time", "09:00")
					.set("report_time", "11:00")
					.set("zone_policy", "TEAM")
					.set("team_zone", "Europe/London")
					.set("language", "de")
					.teams()))).statusCode()).isEqualTo(200);
		assertThat(jdbc.sql("select language from team where channel_id = :channel").param("channel", CHANNEL)
			.query(String.class).single()).isEqualTo("de");
	}

	private static void assertGerman(String card) {
		assertThat(EnglishSentences.in(card)).as("English in %s", card).isEmpty();
	}

}
