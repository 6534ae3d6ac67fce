package dev.steward.chat.slack;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.chat.Platform;
import dev.steward.support.Blocks;
import dev.steward.support.SlackEdgeTest;
import dev.steward.support.SlackPayloads;
import dev.steward.team.TeamRepository;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the Slack adapter and the shared grammar say comes out in the reader's language over Slack: a person's own
 * language before their team's, and a channel's team's language for what Steward says in the channel.
 */
class SlackInTheReadersLanguageTest extends SlackEdgeTest {

	@Autowired
	private TeamRepository teams;

	@BeforeEach
	void spanishTeamWithAGermanMember() {
		setUpStandupIn("es", "C1", "U0PM", List.of("U0PM", "U0ANN"), "Europe/Berlin", "TEAM", "09:00", "11:00");
		teams.setPersonLanguage(Platform.SLACK, "T1", "U0ANN", "de");
	}

	@Test
	void refusesAGermanPersonsDateInGermanAndTheirSpanishColleaguesInSpanish() {
		assertThat(text(client.command("/standup", "away 31.12. 2.1.", "U0ANN", "C1", "team-C1")))
			.contains("'31.12.' ist kein Datum. Schreib JJJJ-MM-TT")
			.doesNotContain("is not a date");
		assertThat(text(client.command("/standup", "skip banana", "U0PM", "C1", "team-C1")))
			.contains("'banana' no es una fecha. Usa AAAA-MM-DD");
		assertThat(jdbc.sql("select count(*) from member_leave").query(Long.class).single()).isZero();
	}

	@Test
	void publishesTheHomeTabInThePersonsOwnLanguage() {
		assertThat(client.event(SlackPayloads.event("app_home_opened", "T1", Map.of("user", "U0ANN", "tab", "home")))
			.statusCode()).isEqualTo(200);

		await().untilAsserted(() -> assertThat(slack.calls("views.publish")).isNotEmpty());
		assertThat(slack.calls("views.publish").get(0).get("view"))
			.contains("/standup help und /impediment help zeigen alles, was du tun kannst.");
	}

	@Test
	void introducesItselfInTheLanguageOfTheChannelsTeam() {
		Map<String, String> joined = Map.of("user", "UBOT", "channel", "C1");

		assertThat(client.event(SlackPayloads.event("member_joined_channel", "T1", joined)).statusCode())
			.isEqualTo(200);

		await().untilAsserted(() -> assertThat(slack.postsTo("C1"))
			.anySatisfy((post) -> assertThat(post.get("text")).contains("Hola, soy Steward.")
				.contains("/standup setup")));
	}


	private static String text(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		return Blocks.tree(response.body()).toString();
	}

}
