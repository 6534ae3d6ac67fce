package dev.steward.standup;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.steward.support.Blocks;
import dev.steward.support.SlackEdgeTest;
import dev.steward.support.SlackPayloads;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team calendar decides whether there is a stand-up at all, over Slack: holidays and public holidays have no
 * prompt, reminder or summary, and a member whose morning comes after the summary is not yet asked, not silent.
 */
class StandupCalendarOverSlackTest extends SlackEdgeTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Test
	void aTeamHolidayHasNoPromptReminderOrSummaryAndTheNextDayDoes() {
		at("2026-11-23T08:00");
		setUpStandup("C1", "U0PM", List.of("U0ANN", "U0BOB"), "Europe/Berlin", "TEAM", "09:00", "11:00");
		assertThat(command("/standup", "holidays add 2026-11-24 Team offsite", "U0PM"))
			.contains("Added Tue 24 Nov (Team offsite)");

		for (String time : List.of("2026-11-24T09:00", "2026-11-24T10:00", "2026-11-24T11:00", "2026-11-24T15:00")) {
			tickAt(berlin(time));
		}
		assertThat(slack.postsTo("U0ANN")).isEmpty();
		assertThat(slack.postsTo("U0BOB")).isEmpty();
		assertThat(slack.summariesIn("C1")).isEmpty();
		assertThat(jdbc.sql("select count(*) from standup_run").query(Long.class).single()).isZero();

		tickAt(berlin("2026-11-25T09:00"));
		assertThat(slack.postsTo("U0ANN")).hasSize(1);
		tickAt(berlin("2026-11-25T11:00"));
		assertThat(slack.summariesIn("C1")).singleElement()
			.satisfies((summary) -> assertThat(summary.get("text")).contains("Wed 25 Nov"));
	}

	@Test
	void aPublicHolidayOfTheTeamsCountryHasNoStandupAndIsListedByName() {
		at("2026-12-21T08:00");
		setUpStandup("C1", "U0PM", List.of("U0ANN"), "Europe/Berlin", "TEAM", "09:00", "11:00");
		assertThat(command("/standup", "holidays country de by", "U0PM")).contains("Germany (by)");

		assertThat(command("/standup", "holidays", "U0ANN")).contains("Fri 25 Dec \u00b7 1st Christmas day")
			.contains("Wed 6 Jan 2027 \u00b7 Epiphany");
		tickAt(berlin("2026-12-25T09:00"));
		tickAt(berlin("2026-12-25T11:00"));
		assertThat(slack.postsTo("U0ANN")).isEmpty();
		assertThat(command("/standup", "now", "U0PM")).contains("There is no stand-up today (1st Christmas day, "
				+ "a public holiday), so I prompted nobody.");
		assertThat(slack.postsTo("U0ANN")).isEmpty();
	}

	@Test
	void standupNowOnAWeekendRefusesAndOnAStandupDayPromptsAndPostsTheSummaryEvenAfterItsTime() {
		at("2026-11-28T10:00");
		setUpStandup("C1", "U0PM", List.of("U0ANN"), "Europe/Berlin", "TEAM", "09:00", "11:00");
		assertThat(command("/standup", "now", "U0PM")).contains("There is no stand-up today (not a working day");

		at("2026-11-30T16:00");
		assertThat(command("/standup", "now", "U0PM")).contains("Prompted 1 of 1")
			.contains("The summary goes to the team channel at 17:00 (Europe/Berlin)");
		awaitQueuedDeliveries();
		assertThat(slack.postsTo("U0ANN")).hasSize(1);
		tickAt(berlin("2026-11-30T17:00"));
		assertThat(slack.summariesIn("C1")).singleElement()
			.satisfies((summary) -> assertThat(summary.get("blocks")).contains("No answer:").doesNotContain("late"));
	}

	@Test
	void aMemberWhosePromptComesAfterTheSummaryIsNotYetAskedThenRemindedAndAddedWhenTheyAnswer() {
		at("2026-11-23T07:00");
		slack.user("U0NYC", "Nia", "America/New_York");
		slack.user("U0ANN", "Ann", "Europe/London");
		setUpStandup("C1", "U0PM", List.of("U0ANN", "U0NYC"), "UTC", "MEMBER", "09:30", "11:00");

		tickAt(Instant.parse("2026-11-23T09:30:00Z"));
		tickAt(Instant.parse("2026-11-23T11:00:00Z"));
		String summary = slack.summariesIn("C1").get(0).get("blocks");
		assertThat(summary).contains("0 of 2 answered").contains("1 not yet asked").contains("No answer:* Ann")
			.contains("Not yet asked (their prompt comes after this summary; answers are added here):* Nia");
		assertThat(summary).doesNotContain("No answer:* Ann, Nia");

		tickAt(Instant.parse("2026-11-23T14:30:00Z"));
		Map<String, String> prompt = slack.postsTo("U0NYC").get(0);
		assertThat(prompt.get("blocks")).contains("The summary went to the team channel at 06:00 your time "
				+ "(11:00 UTC); your answers will be added to it.");
		tickAt(Instant.parse("2026-11-23T15:30:00Z"));
		assertThat(slack.postsTo("U0NYC")).hasSize(2);
		assertThat(slack.postsTo("U0NYC").get(1).get("text")).startsWith("Reminder");

		String runId = Blocks.buttonValue(prompt, "standup.answer");
		awaitingDeliveries(() -> client.interaction(SlackPayloads.submission("U0NYC", "standup.answers", runId,
				Map.of("q0", List.of("Planning"), "q1", List.of("Interviews"), "q2", List.of("none")), List.of(),
				List.of(), List.of())));
		assertThat(slack.calls("chat.update")).anySatisfy((update) -> assertThat(update.get("blocks"))
			.contains("Interviews").contains("1 of 2 answered"));
	}

	@Test
	void holidaysAreReadStrictlyAndTooManyAtOnceAreRefusedWithoutStoringAny() {
		at("2026-11-23T08:00");
		setUpStandup("C1", "U0PM", List.of("U0ANN"), "Europe/Berlin", "TEAM", "09:00", "11:00");

		assertThat(command("/standup", "holidays add 2026-01-01..2027-02-04", "U0PM")).contains("400 days")
			.contains("at most 100");
		assertThat(command("/standup", "holidays remove soon", "U0PM")).contains("'soon' is not a date");
		assertThat(command("/standup", "holidays add 2026-12-24", "U0ANN")).contains("Only the PMs");
		assertThat(command("/standup", "holidays country atlantis", "U0PM")).contains("not a country");
		assertThat(command("/standup", "holidays ad 2026-12-24", "U0PM")).contains("Did you mean /standup holidays add?");
		assertThat(jdbc.sql("select count(*) from team_holiday").query(Long.class).single()).isZero();

		assertThat(command("/standup", "holidays add 2026-12-24 to 2026-12-26 2027-01-01 Winter break", "U0PM"))
			.contains("Added Thu 24 Dec, Fri 25 Dec, Sat 26 Dec, Fri 1 Jan 2027 (Winter break)");
		assertThat(command("/standup", "holidays", "U0ANN")).contains("Thu 24 Dec \u00b7 Winter break")
			.contains("Fri 1 Jan 2027 \u00b7 Winter break");
	}

	private void at(String berlinTime) {
		clock.freezeAt(berlin(berlinTime));
	}

	private String command(String command, String text, String user) {
		return Blocks.tree(client.command(command, text, user, "C1", "team-C1").body()).path("text").asString();
	}

	private static Instant berlin(String time) {
		return LocalDateTime.parse(time).atZone(BERLIN).toInstant();
	}

}
