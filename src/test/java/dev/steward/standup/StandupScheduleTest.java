package dev.steward.standup;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.steward.team.Leave;
import dev.steward.team.Member;
import dev.steward.team.PublicHolidays;
import dev.steward.team.Role;
import dev.steward.team.TeamCalendar;

import static org.assertj.core.api.Assertions.assertThat;

/** Prompt and report instants across odd offsets and DST changes, and "due since the last tick" over whole days. */
class StandupScheduleTest {

	private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

	private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static final Duration CATCH_UP = Duration.ofHours(4);

	@Test
	void promptsAtNineInKolkataWhichIsHalfPastThreeUtc() {
		StandupSchedule schedule = schedule(LocalTime.of(9, 0), ZonePolicy.MEMBER, ZoneId.of("UTC"));

		assertThat(schedule.promptAt(LocalDate.of(2026, 11, 23), member(KOLKATA)))
			.isEqualTo(Instant.parse("2026-11-23T03:30:00Z"));
	}

	@Test
	void teamPolicyIgnoresTheMembersOwnZone() {
		StandupSchedule schedule = schedule(LocalTime.of(9, 0), ZonePolicy.TEAM, LONDON);

		assertThat(schedule.promptAt(LocalDate.of(2026, 11, 23), member(KOLKATA)))
			.isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
	}

	@Test
	void memberWithoutAKnownZoneFollowsTheTeam() {
		StandupSchedule schedule = schedule(LocalTime.of(9, 0), ZonePolicy.MEMBER, KOLKATA);

		assertThat(schedule.promptAt(LocalDate.of(2026, 11, 23), member(null)))
			.isEqualTo(Instant.parse("2026-11-23T03:30:00Z"));
	}

	@Test
	void lordHoweShiftsByHalfAnHourWhenDaylightSavingStarts() {
		StandupSchedule schedule = schedule(LocalTime.of(9, 0), ZonePolicy.MEMBER, LORD_HOWE);

		assertThat(schedule.promptAt(LocalDate.of(2026, 10, 2), member(LORD_HOWE)))
			.isEqualTo(Instant.parse("2026-10-01T22:30:00Z"));
		assertThat(schedule.promptAt(LocalDate.of(2026, 10, 5), member(LORD_HOWE)))
			.isEqualTo(Instant.parse("2026-10-04T22:00:00Z"));
	}

	@Test
	void aPromptTimeInTheSpringGapMovesForward() {
		StandupSchedule schedule = schedule(LocalTime.of(1, 30), ZonePolicy.TEAM, LONDON);

		assertThat(schedule.promptAt(LocalDate.of(2026, 3, 29), member(null)))
			.isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
	}

	@Test
	void everyDayGetsExactlyOnePromptAcrossBothDstChangesWithTicksEveryFifteenMinutes() {
		for (ZoneId zone : List.of(LONDON, LORD_HOWE, KOLKATA)) {
			assertOnePromptPerDay(zone, LocalTime.of(1, 30), LocalDate.of(2026, 3, 27), 5);
			assertOnePromptPerDay(zone, LocalTime.of(1, 30), LocalDate.of(2026, 10, 2), 26);
			assertOnePromptPerDay(zone, LocalTime.of(2, 15), LocalDate.of(2026, 4, 3), 3);
		}
	}

	@Test
	void candidateDatesCoverMembersADayAheadOrBehindOnStandupDaysOnly() {
		StandupSchedule schedule = schedule(LocalTime.of(9, 0), ZonePolicy.MEMBER, LONDON);

		assertThat(schedule.candidateDates(Instant.parse("2026-11-23T12:00:00Z"))).containsExactly(
				LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 25));
	}

	/** Simulates ticks every 15 minutes and counts the prompts "due since the last tick" for each date. */
	private static void assertOnePromptPerDay(ZoneId zone, LocalTime time, LocalDate from, int days) {
		StandupSchedule schedule = new StandupSchedule(new StandupConfig(1, 1, "Daily", time, LocalTime.of(23, 0),
				Duration.ofHours(1), EnumSet.allOf(DayOfWeek.class), ZonePolicy.TEAM, List.of(), null, false), zone,
				everyDay(zone), CATCH_UP);
		List<LocalDate> prompted = new ArrayList<>();
		Instant previous = from.atStartOfDay(zone).toInstant();
		Instant end = from.plusDays(days).atStartOfDay(zone).toInstant();
		for (Instant now = previous.plus(Duration.ofMinutes(15)); !now.isAfter(end); now = now.plus(Duration.ofMinutes(15))) {
			for (LocalDate date : schedule.candidateDates(now)) {
				Instant due = schedule.promptAt(date, member(null));
				if (due.isAfter(previous) && !due.isAfter(now)) {
					prompted.add(date);
				}
			}
			previous = now;
		}
		assertThat(prompted).as("prompt dates in " + zone).doesNotHaveDuplicates().hasSize(days);
	}

	@Test
	void thereIsNoStandupOnATeamHolidayOrAPublicHolidayOrANonWorkingDay() {
		TeamCalendar calendar = TeamCalendar.standard(BERLIN)
			.withHolidays(Set.of(LocalDate.of(2026, 12, 23)));
		calendar = new TeamCalendar(BERLIN, calendar.workDays(), calendar.dayStart(), calendar.dayEnd(),
				calendar.holidays(), PublicHolidays.of("de", "by"));
		StandupSchedule schedule = new StandupSchedule(config(LocalTime.of(9, 0), LocalTime.of(11, 0),
				ZonePolicy.MEMBER, EnumSet.allOf(DayOfWeek.class)), BERLIN, calendar, CATCH_UP);

		assertThat(schedule.isStandupDay(LocalDate.of(2026, 12, 22))).isTrue();
		assertThat(schedule.isStandupDay(LocalDate.of(2026, 12, 23))).as("team holiday").isFalse();
		assertThat(schedule.isStandupDay(LocalDate.of(2026, 12, 25))).as("Christmas in Bavaria").isFalse();
		assertThat(schedule.isStandupDay(LocalDate.of(2027, 1, 6))).as("Epiphany in Bavaria").isFalse();
		assertThat(schedule.isStandupDay(LocalDate.of(2026, 12, 26))).as("a Saturday").isFalse();
	}

	@Test
	void aMemberWhosePromptComesAfterTheReportIsNotYetAskedAndStillGetsAReminder() {
		StandupSchedule schedule = new StandupSchedule(config(LocalTime.of(9, 30), LocalTime.of(11, 0),
				ZonePolicy.MEMBER, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)), ZoneId.of("UTC"),
				TeamCalendar.standard(ZoneId.of("UTC")), CATCH_UP);
		LocalDate monday = LocalDate.of(2026, 11, 23);
		Member newYork = member(NEW_YORK);

		assertThat(schedule.promptAt(monday, newYork)).isEqualTo(Instant.parse("2026-11-23T14:30:00Z"));
		assertThat(schedule.promptsAfterReport(monday, newYork)).isTrue();
		assertThat(schedule.isReminderDue(monday, newYork, Instant.parse("2026-11-23T15:30:00Z"))).isTrue();
		assertThat(schedule.promptsAfterReport(monday, member(KOLKATA))).isFalse();
		assertThat(schedule.isReminderDue(monday, member(KOLKATA), Instant.parse("2026-11-23T11:00:00Z"))).isFalse();
	}

	@Test
	void theNextDueInstantSkipsHolidaysAndTheMembersLeave() {
		TeamCalendar calendar = TeamCalendar.standard(LONDON).withHolidays(Set.of(LocalDate.of(2026, 11, 24)));
		StandupSchedule schedule = new StandupSchedule(config(LocalTime.of(9, 0), LocalTime.of(11, 0),
				ZonePolicy.TEAM, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)), LONDON, calendar, CATCH_UP);
		Member away = new Member(1, 1, "U1", "Ann", Role.MEMBER, true, null,
				List.of(new Leave(1, LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 25))), true);

		Instant afterMondaysReminder = Instant.parse("2026-11-23T10:00:00Z");
		assertThat(schedule.nextDue(away, afterMondaysReminder)).isEqualTo(Instant.parse("2026-11-26T09:00:00Z"));
		assertThat(schedule.nextReportDate(afterMondaysReminder)).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(schedule.nextReportDate(Instant.parse("2026-11-23T11:00:00Z"))).isEqualTo(LocalDate.of(2026, 11, 25));
	}

	@Test
	void hasNoStandupOnThePausedDaysAndReportsAgainTheDayAfter() {
		ZoneId zone = ZoneId.of("UTC");
		StandupConfig weekdays = config(LocalTime.of(9, 0), LocalTime.of(11, 0), ZonePolicy.TEAM,
				EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
		StandupConfig paused = new StandupConfig(1, 1, "Daily", weekdays.promptTime(), weekdays.reportTime(),
				weekdays.reminderDelay(), weekdays.weekdays(), ZonePolicy.TEAM, List.of(),
				new StandupPause(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24), "U0PM"), false);
		StandupSchedule schedule = new StandupSchedule(paused, zone, everyDay(zone), CATCH_UP);

		assertThat(schedule.isStandupDay(LocalDate.of(2026, 11, 23))).isFalse();
		assertThat(schedule.isStandupDay(LocalDate.of(2026, 11, 24))).isFalse();
		assertThat(schedule.isStandupDay(LocalDate.of(2026, 11, 25))).isTrue();
		assertThat(schedule.nextReportDate(Instant.parse("2026-11-23T08:00:00Z"))).isEqualTo(LocalDate.of(2026, 11, 25));
	}

	@Test
	void remindsASetTimeBeforeTheSummaryAndALatePromptHalfwayToIt() {
		ZoneId zone = ZoneId.of("UTC");
		StandupConfig beforeReport = new StandupConfig(1, 1, "Daily", LocalTime.of(9, 0), LocalTime.of(11, 0),
				Duration.ofMinutes(30), EnumSet.allOf(DayOfWeek.class), ZonePolicy.MEMBER, List.of(), null, true);
		StandupSchedule schedule = new StandupSchedule(beforeReport, zone, everyDay(zone), CATCH_UP);
		LocalDate monday = LocalDate.of(2026, 11, 23);

		assertThat(schedule.reminderAt(monday, member(ZoneId.of("UTC"))))
			.isEqualTo(Instant.parse("2026-11-23T10:30:00Z"));
		// Prompted at 09:00 in UTC-01:45: 10:45 UTC, after the 10:30 reminder time, so halfway to the 11:00 summary.
		assertThat(schedule.reminderAt(monday, member(ZoneId.of("-01:45"))))
			.isEqualTo(Instant.parse("2026-11-23T10:52:30Z"));
		// Prompted after the summary: the set time after the prompt, as with a reminder after the prompt.
		assertThat(schedule.reminderAt(monday, member(ZoneId.of("-03:00"))))
			.isEqualTo(Instant.parse("2026-11-23T12:30:00Z"));
	}

	private static StandupSchedule schedule(LocalTime prompt, ZonePolicy policy, ZoneId teamZone) {
		return new StandupSchedule(config(prompt, LocalTime.of(11, 0), policy,
				EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)), teamZone, everyDay(teamZone), CATCH_UP);
	}

	private static StandupConfig config(LocalTime prompt, LocalTime report, ZonePolicy policy, Set<DayOfWeek> days) {
		return new StandupConfig(1, 1, "Daily", prompt, report, Duration.ofHours(1), days, policy, List.of(), null, false);
	}

	/** A calendar that works every day, so only the stand-up's own days count. */
	private static TeamCalendar everyDay(ZoneId zone) {
		return TeamCalendar.standard(zone).withWorkDays(EnumSet.allOf(DayOfWeek.class));
	}

	private static Member member(ZoneId zone) {
		return new Member(1, 1, "U1", "Ann", Role.MEMBER, true, zone, List.of(), true);
	}

}
