package dev.steward.chat.teams;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import dev.steward.chat.Platform;
import dev.steward.support.TeamsActivities;
import dev.steward.support.TeamsEdgeTest;
import dev.steward.support.TeamsStub;
import dev.steward.team.Role;
import dev.steward.team.Team;
import dev.steward.team.TeamRepository;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the Teams adapter says itself comes out in the language of the person's team over {@code /api/messages}. */
class TeamsInTheReadersLanguageTest extends TeamsEdgeTest {

	private static final String CHANNEL = "19:delta4sprache@thread.tacv2";

	private static final String BOB = "29:1bob-baumeister";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private TeamRepository repository;

	@BeforeEach
	void germanTeam() {
		Team team = repository.create(Platform.TEAMS, TeamsActivities.TENANT, CHANNEL, "Baustelle",
				ZoneId.of("Europe/Berlin"), Instant.parse("2026-11-30T09:00:00Z"));
		repository.addMember(team.id(), BOB, "Bob Baumeister", Role.MEMBER, true);
		repository.setLanguage(team.id(), "de");
	}

	@Test
	void greetsAMemberOfAGermanTeamInGermanWhenTheyInstallSteward() {
		assertThat(client.send(activities.installedPersonally(BOB, "Europe/Berlin")).statusCode()).isEqualTo(200);

		await().untilAsserted(() -> assertThat(teams.postsTo("a:personal-" + BOB)).isNotEmpty());
		assertThat(TeamsStub.card(teams.postsTo("a:personal-" + BOB).get(0)).toString())
			.contains("Hallo, ich bin Steward.")
			.contains("standup help")
			.doesNotContain("Hello, I am Steward.");
	}

	@Test
	void answersATaskModuleInvokeInGerman() {
		HttpResponse<String> response = client.send(activities.invokeInPersonalChat(BOB, "task/fetch",
				"{\"data\":{\"msteams\":{\"type\":\"task/fetch\"}},\"context\":{\"theme\":\"default\"}}"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(response.body()).path("task").path("value").asString())
			.isEqualTo("Steward öffnet keine Aufgabenmodule; nutze stattdessen seine Karten und Befehle.");
	}

}
