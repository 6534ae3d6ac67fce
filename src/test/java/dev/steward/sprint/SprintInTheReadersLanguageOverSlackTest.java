package dev.steward.sprint;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.steward.chat.Platform;
import dev.steward.support.Blocks;
import dev.steward.support.SlackEdgeTest;
import dev.steward.support.SlackPayloads;
import dev.steward.team.TeamRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sprints over Slack in the reader's language: a German team's reminder, prompt note and summary are German, and a
 * member with their own language reads the goals in theirs.
 */
class SprintInTheReadersLanguageOverSlackTest extends SlackEdgeTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	private TeamRepository teams;

	@BeforeEach
	void germanTeam() {
		setUpStandupIn("de", "C1", "U0PM", List.of("U0ANN", "U0BOB"), "Europe/Berlin", "TEAM", "09:00", "11:00");
	}

	@Test
	void aGermanTeamsReminderAndPromptNoteNameTheSprintsGoalsInGerman() {
		at("2026-11-02T10:00");
		assertThat(plan("Sprint 14", "2026-11-23", "2026-12-04").body()).doesNotContain("errors");

		tickAt(instant("2026-11-23T09:00"));
		awaitQueuedDeliveries();

		List<Map<String, String>> reminders = slack.postsTo("C1").stream()
			.filter((post) -> post.get("text").contains("beginnt heute"))
			.toList();
		assertThat(reminders).hasSize(1);
		assertThat(Blocks.tree(reminders.get(0).get("blocks")).toString()).contains("Ziel 1: Checkout unter 2 s")
			.contains("Gemessen an: p95 unter 2 s")
			.contains("wofür dieser Sprint da ist:")
			.contains("Mo., 23. Nov.")
			.doesNotContain("Measured by")
			.doesNotContain("starts today");
		assertThat(slack.postsTo("U0ANN").get(0).get("blocks")).as("the prompt carries the goals in German")
			.contains("Sprint 14 \u2013 Ziele: Ziel 1: Checkout unter 2 s");
	}

	@Test
	void theSummaryShowsAGoalAtRiskInGermanAndAMemberReadsTheGoalsInTheirOwnLanguage() {
		at("2026-11-23T08:00");
		plan("Sprint 14", "2026-11-23", "2026-12-04");
		teams.setPersonLanguage(Platform.SLACK, "T1", "U0BOB", "es");
		command("2026-11-23T09:30", "/impediment", "U0ANN", "log Zahlungs-Sandbox down");
		long id = jdbc.sql("select max(id) from impediment").query(Long.class).single();

		assertThat(command("2026-11-23T09:31", "/impediment", "U0ANN", "link IMP-" + id + " 1"))
			.contains("IMP-" + id + " gef\u00e4hrdet jetzt Ziel 1: Checkout unter 2 s.");
		assertThat(command("2026-11-23T10:31", "/sprint", "U0BOB", "goals")).contains("Objetivos de valor de Sprint 14")
			.contains("En riesgo:")
			.contains("Se mide por: p95 unter 2 s")
			.doesNotContain("At risk");

		tickAt(instant("2026-11-23T11:00"));
		assertThat(Blocks.tree(slack.summariesIn("C1").get(0).get("blocks")).toString())
			.contains("Ziele von Sprint 14")
			.contains("gef\u00e4hrdet:* IMP-" + id);
	}

	private HttpResponse<String> plan(String name, String from, String to) {
		Map<String, List<String>> values = new HashMap<>();
		values.put("name", List.of(name));
		values.put("starts_on", List.of(from));
		values.put("ends_on", List.of(to));
		values.put("goal1", List.of("Checkout unter 2 s"));
		values.put("measure1", List.of("p95 unter 2 s"));
		String opened = client.command("/sprint", "plan", "U0PM", "C1", "team-C1").body();
		assertThat(opened).doesNotContain("errors");
		List<Map<String, String>> views = slack.calls("views.open");
		String view = views.get(views.size() - 1).get("view");
		assertThat(view).contains("Name des Sprints");
		String teamId = Blocks.tree(view).path("private_metadata").asString();
		return client.interaction(SlackPayloads.submission("U0PM", "sprint.plan", teamId, values,
				List.of(), List.of(), List.of()));
	}

	private String command(String berlinTime, String command, String user, String text) {
		at(berlinTime);
		var response = client.command(command, text, user, "C1", "team-C1");
		assertThat(response.statusCode()).isEqualTo(200);
		return Blocks.tree(response.body()).toString();
	}

	private void at(String berlinTime) {
		clock.freezeAt(instant(berlinTime));
	}

	private static Instant instant(String berlinTime) {
		return LocalDateTime.parse(berlinTime).atZone(BERLIN).toInstant();
	}

}
