package dev.steward.standup;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.chat.Platform;
import dev.steward.support.Blocks;
import dev.steward.support.SlackEdgeTest;
import dev.steward.team.TeamRepository;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leave people manage over Slack: several periods, listed with the year when it is not this year, cut short with
 * /standup back, cancelled before it starts; long leave needs a PM; stakeholders are not stand-up members.
 */
class LeaveOverSlackTest extends SlackEdgeTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	private TeamRepository teams;

	@BeforeEach
	void team() {
		clock.freezeAt(berlin("2026-11-23T08:00"));
		setUpStandup("C1", "U0PM", List.of("U0ANN", "U0BOB"), List.of("U0DANA"), "Europe/Berlin", "TEAM", "09:00",
				"11:00");
	}

	@Test
	void severalLeavePeriodsAreListedCutShortAndCancelled() {
		assertThat(command("away 2026-11-24 2026-11-26", "U0ANN")).contains("Tue 24 Nov \u2013 Thu 26 Nov (3 days)");
		assertThat(command("away 2026-12-28 2027-01-04", "U0ANN")).contains("Mon 28 Dec \u2013 Mon 4 Jan 2027");
		assertThat(command("away 2026-11-26 2026-11-27", "U0ANN")).contains("overlaps the leave from Tue 24 Nov");
		assertThat(command("away list", "U0ANN")).contains("Tue 24 Nov \u2013 Thu 26 Nov")
			.contains("Mon 28 Dec \u2013 Mon 4 Jan 2027");

		clock.freezeAt(berlin("2026-11-25T08:00"));
		assertThat(command("back", "U0ANN")).contains("Welcome back").contains("ends today");
		tickAt(berlin("2026-11-25T09:00"));
		assertThat(slack.postsTo("U0ANN")).as("back today, so prompted today").hasSize(1);

		assertThat(command("away cancel 2026-12-28", "U0ANN")).contains("Cancelled your leave from Mon 28 Dec");
		assertThat(command("away list", "U0ANN")).contains("none planned");
		assertThat(command("back", "U0ANN")).contains("You are not on leave today");
	}

	@Test
	void aLeaveOfTenYearsOrOverSixtyDaysWithoutAPmIsRefusedAndStoresNothing() {
		assertThat(command("away 2026-12-01 2036-12-01", "U0ANN")).contains("3654 days")
			.contains("at most 366 days");
		assertThat(command("away 2026-12-01 2027-02-28", "U0ANN")).contains("longer than 60 days needs a PM");
		assertThat(command("away 2026-12-01 2027-02-28 <@U0BOB>", "U0ANN")).contains("Only a PM");
		assertThat(command("away someday 2026-12-01", "U0ANN")).contains("'someday' is not a date");
		assertThat(jdbc.sql("select count(*) from member_leave").query(Long.class).single()).isZero();

		assertThat(command("away 2026-12-01 2027-02-28 <@U0ANN>", "U0PM")).contains("Recorded").contains("90 days");
		assertThat(jdbc.sql("select count(*) from member_leave").query(Long.class).single()).isOne();
	}

	@Test
	void aStakeholderCannotJoinByAccidentAndIsNeverCountedInTheSummary() {
		assertThat(command("join", "U0DANA")).contains("You follow #team-C1 as a stakeholder");
		assertThat(jdbc.sql("select participates from member where user_id = 'U0DANA'").query(Boolean.class).single())
			.isFalse();

		tickAt(berlin("2026-11-23T09:00"));
		tickAt(berlin("2026-11-23T11:00"));
		assertThat(slack.postsTo("U0DANA")).isEmpty();
		assertThat(slack.summariesIn("C1").get(0).get("blocks")).contains("0 of 2 answered")
			.doesNotContain("U0DANA");
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
