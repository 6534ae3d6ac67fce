package dev.steward.standup;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.steward.support.Blocks;
import dev.steward.support.SlackEdgeTest;
import dev.steward.support.SlackPayloads;
import dev.steward.support.StandupSetup;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The setup form over Slack: times in the forms people type, which question asks for blockers as a setting, the
 * team's language, and the team channel told what was set up or changed.
 */
class StandupSetupOverSlackTest extends SlackEdgeTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Test
	void acceptsTimesAsPeopleTypeThemAndAnnouncesTheSetupInTheChannel() {
		clock.freezeAt(berlin("2026-11-23T08:00"));
		client.command("/standup", "setup", "U0PM", "C1", "team-C1");

		assertThat(submit(StandupSetup.of(List.of("U0ANN"), "U0PM").set("prompt_time", "0830")
			.set("report_time", "11:30am"))).doesNotContain("errors");

		assertThat(jdbc.sql("select prompt_time from standup").query(LocalTime.class).single())
			.isEqualTo(LocalTime.of(8, 30));
		assertThat(jdbc.sql("select report_time from standup").query(LocalTime.class).single())
			.isEqualTo(LocalTime.of(11, 30));
		awaitQueuedDeliveries();
		assertThat(slack.postsTo("C1")).singleElement().satisfies((post) -> assertThat(post.get("text"))
			.contains("@U0PM set up the stand-up of #team-C1")
			.contains("Prompts at 08:30 Europe/Berlin")
			.contains("Standing up: @U0ANN"));
	}

	@Test
	void takesAReminderCountedBackFromTheSummaryAndRefusesOneThatWouldComeBeforeThePrompt() {
		clock.freezeAt(berlin("2026-11-23T08:00"));
		client.command("/standup", "setup", "U0PM", "C1", "team-C1");

		Map<String, String> errors = errors(submit(StandupSetup.of(List.of("U0ANN"), "U0PM").set("prompt_time", "09:00")
			.set("report_time", "11:00")
			.set("reminder", "150 before")));
		assertThat(errors.get("reminder")).contains("would come before the prompt");
		assertThat(jdbc.sql("select count(*) from standup").query(Long.class).single()).isZero();

		assertThat(submit(StandupSetup.of(List.of("U0ANN"), "U0PM").set("prompt_time", "09:00")
			.set("report_time", "11:00")
			.set("reminder", "30 min before the summary"))).doesNotContain("errors");
		assertThat(jdbc.sql("select reminder_delay_minutes || '/' || reminder_before_report from standup")
			.query(String.class)
			.single()).isIn("30/TRUE", "30/true");
		awaitQueuedDeliveries();
		assertThat(slack.postsTo("C1")).last().satisfies((post) -> assertThat(post.get("text"))
			.contains("a reminder 30 min before the summary"));
	}

	@Test
	void aChangeIsAnnouncedAsWhatChanged() {
		clock.freezeAt(berlin("2026-11-23T08:00"));
		setUpStandup("C1", "U0PM", List.of("U0ANN"), "Europe/Berlin", "TEAM", "09:00", "11:00");

		assertThat(submit(StandupSetup.of(List.of("U0ANN", "U0CAT"), "U0PM").set("report_time", "10:30")))
			.doesNotContain("errors");

		awaitQueuedDeliveries();
		assertThat(slack.postsTo("C1")).hasSize(2).last().satisfies((post) -> assertThat(post.get("text"))
			.contains("@U0PM changed the stand-up of #team-C1: summary time 11:00 \u2192 10:30.")
			.contains("Now standing up: @U0CAT")
			.doesNotContain("prompt time"));
	}

	@Test
	void refusesUnreadableTimesAQuestionListWithoutTheBlockersChoiceAndStoresNothing() {
		clock.freezeAt(berlin("2026-11-23T08:00"));
		client.command("/standup", "setup", "U0PM", "C1", "team-C1");

		String body = submit(StandupSetup.of(List.of("U0ANN"), "U0PM").set("prompt_time", "half past nine")
			.set("report_time", "25:00")
			.without("blockers_question")
			.set("stakeholders", "U0ANN"));

		Map<String, String> errors = errors(body);
		assertThat(errors.get("prompt_time")).contains("like 09:30, 0930, 9:30am");
		assertThat(errors.get("report_time")).contains("'25:00' is not a time of day");
		assertThat(errors.get("blockers_question")).contains("Pick the question that asks for blockers");
		assertThat(errors.get("stakeholders")).contains("also in 'Who stands up'");
		assertThat(submit(StandupSetup.of(List.of("U0ANN"), "U0PM").set("blockers_question", "4"))).contains(
				"There are 3 questions");
		assertThat(jdbc.sql("select count(*) from standup").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from team").query(Long.class).single()).isZero();
	}

	@Test
	void aGermanTeamsBlockerBecomesAnImpedimentAndItsNothingDoesNot() {
		clock.freezeAt(berlin("2026-11-23T08:00"));
		client.command("/standup", "setup", "U0PM", "C1", "team-C1");
		submit(StandupSetup.of(List.of("U0ANN", "U0BOB"), "U0PM").set("language", "de")
			.set("questions", "Was hast du gestern gemacht?\nWas machst du heute?\nGibt es Hindernisse?"));

		tickAt(berlin("2026-11-23T09:00"));
		answer("U0ANN", "Hindernisse: keine");
		answer("U0BOB", "Staging-Datenbank kaputt");

		assertThat(jdbc.sql("select owner_id || ': ' || title from impediment").query(String.class).list())
			.containsExactly("U0BOB: Staging-Datenbank kaputt");
	}

	private void answer(String user, String blockers) {
		String runId = Blocks.buttonValue(slack.postsTo(user).get(0), "standup.answer");
		awaitingDeliveries(() -> client.interaction(SlackPayloads.submission(user, "standup.answers", runId,
				Map.of("q0", List.of("Dies"), "q1", List.of("Das"), "q2", List.of(blockers)), List.of(), List.of(),
				List.of())));
	}

	private String submit(StandupSetup setup) {
		return client.interaction(setup.slack("U0PM", "C1", "team-C1")).body();
	}

	private static Map<String, String> errors(String body) {
		Map<String, String> errors = new java.util.HashMap<>();
		Blocks.tree(body).path("errors").properties().forEach((entry) -> errors.put(entry.getKey(),
				entry.getValue().asString()));
		return errors;
	}

	private static Instant berlin(String time) {
		return LocalDateTime.parse(time).atZone(BERLIN).toInstant();
	}

}
