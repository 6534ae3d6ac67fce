package dev.steward.team;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.chat.Platform;
import dev.steward.support.Blocks;
import dev.steward.support.SlackEdgeTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** A failing calendar feed is reported to its owner in their own language, and leave is refused in the asker's. */
@TestPropertySource(properties = "steward.calendar-feeds.allow-private=true")
class CalendarFeedLanguageOverSlackTest extends SlackEdgeTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final WireMockServer calendars = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static {
		calendars.start();
	}

	@Autowired
	private TeamRepository teams;

	@AfterAll
	static void stopCalendars() {
		calendars.stop();
	}

	@BeforeEach
	void team() {
		calendars.resetAll();
		clock.freezeAt(berlin("2026-11-23T08:00"));
		setUpStandup("C1", "U0PM", List.of("U0ANN", "U0BOB"), "Europe/Berlin", "TEAM", "09:00", "11:00");
	}

	@Test
	void aGermanMembersFailingFeedIsReportedToThemInGerman() {
		teams.setPersonLanguage(Platform.SLACK, "T1", "U0ANN", "de");
		calendars.stubFor(get(urlEqualTo("/ann.ics")).willReturn(aResponse().withStatus(500)));
		command("away calendar http://localhost:" + calendars.port() + "/ann.ics", "U0ANN");

		tickAt(berlin("2026-11-23T08:01"));

		awaitQueuedDeliveries();
		assertThat(slack.postsTo("U0ANN").stream().map((post) -> post.get("text"))
			.filter((text) -> text.startsWith("Ich konnte deinen Kalender nicht lesen"))).singleElement()
			.asString()
			.contains("(localhost\u2026): er antwortete mit HTTP 500")
			.contains("Ich behalte die Abwesenheiten")
			.contains("/standup away calendar off");
	}

	@Test
	void leaveThatOverlapsIsRefusedInTheAskersLanguage() {
		teams.setPersonLanguage(Platform.SLACK, "T1", "U0BOB", "es");
		command("away 2026-11-26 2026-11-27", "U0BOB");

		assertThat(command("away 2026-11-27 2026-11-30", "U0BOB"))
			.contains("Se solapa con la ausencia del jue 26 nov \u2013 vie 27 nov");
		assertThat(command("away 2026-11-27 2026-11-30", "U0ANN")).as("a person without a language of their own")
			.doesNotContain("Se solapa");
	}

	private String command(String text, String user) {
		return Blocks.tree(client.command("/standup", text, user, "C1", "team-C1").body()).path("text").asString();
	}

	private static Instant berlin(String time) {
		return LocalDateTime.parse(time).atZone(BERLIN).toInstant();
	}

}
