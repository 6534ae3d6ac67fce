package dev.steward.digest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.chat.Platform;
import dev.steward.support.Blocks;
import dev.steward.support.SlackEdgeTest;
import dev.steward.team.TeamRepository;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Digests in the reader's language: a subscriber's own language in their DM, the team's in a channel. */
class DigestLanguageOverSlackTest extends SlackEdgeTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	private TeamRepository teams;

	@BeforeEach
	void teamWithImpediments() {
		setUpStandup("C1", "U0PM", List.of("U0ANN", "U0BOB"), List.of("U0DANA"), "Europe/Berlin", "TEAM", "09:00",
				"11:00");
		command("2026-11-23T10:00", "/impediment", "U0ANN", "log Staging is down");
		command("2026-11-23T11:00", "/impediment", "U0BOB", "log Waiting for legal review");
	}

	@Test
	void aGermanSubscribersDigestIsInGermanWithGermanDates() {
		teams.setPersonLanguage(Platform.SLACK, "T1", "U0DANA", "de");
		assertThat(command("2026-11-23T16:00", "/digest", "U0DANA", "subscribe daily <#C1|team-c1> at 08:00"))
			.contains("Du bekommst den Digest von #team-C1 täglich (08:00 Europe/Berlin, Montag bis Freitag)");

		tick("2026-11-24T08:00");

		Map<String, String> digest = digestTo("U0DANA", "Steward-Digest");
		assertThat(digest.get("text")).isEqualTo("#team-C1: 2 offene Hindernisse, 2 eskaliert");
		assertThat(Blocks.tree(digest.get("blocks")).toString()).contains("Steward-Digest \u00b7 Di., 24. Nov.")
			.contains("Beteiligung")
			.contains("2 eröffnet, 0 gelöst, 2 noch offen")
			.contains("Nach Alter: unter 1 Tag 2")
			.contains("offen seit 7 Std., Stufe 1")
			.contains("Zeitraum: Mo., 23. Nov. 08:00 \u2013 Di., 24. Nov. 08:00 Europe/Berlin")
			.doesNotContain("Participation");
	}

	@Test
	void aChannelDigestIsInTheLanguageOfTheTeamItFollows() {
		teams.setLanguage(teamId(), "es");
		slack.server().stubFor(post(urlEqualTo("/api/conversations.info"))
			.withRequestBody(containing("channel=C0LEADS"))
			.willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"C0LEADS\",\"is_member\":true}}")));
		command("2026-11-23T16:00", "/digest", "U0PM", "channel <#C0LEADS|leads> weekly on friday");

		tick("2026-11-27T08:00");

		Map<String, String> digest = digestTo("C0LEADS", "Resumen de Steward");
		assertThat(digest.get("text")).isEqualTo("#team-C1: 2 impedimentos abiertos, escalados: 2");
		assertThat(Blocks.tree(digest.get("blocks")).toString()).contains("Resumen de Steward \u00b7 vie 27 nov")
			.contains("Participación");
	}

	private long teamId() {
		return jdbc.sql("select id from team where channel_id = 'C1'").query(Long.class).single();
	}

	private Map<String, String> digestTo(String to, String header) {
		awaitQueuedDeliveries();
		List<Map<String, String>> digests = slack.postsTo(to).stream()
			.filter((post) -> post.get("blocks").contains(header))
			.toList();
		assertThat(digests).hasSize(1);
		return digests.get(0);
	}

	private String command(String berlinTime, String command, String user, String text) {
		clock.freezeAt(instant(berlinTime));
		var response = client.command(command, text, user, "C1", "team-C1");
		assertThat(response.statusCode()).isEqualTo(200);
		return Blocks.tree(response.body()).toString();
	}

	private void tick(String berlinTime) {
		tickAt(instant(berlinTime));
	}

	private static Instant instant(String berlinTime) {
		return LocalDateTime.parse(berlinTime).atZone(BERLIN).toInstant();
	}

}
