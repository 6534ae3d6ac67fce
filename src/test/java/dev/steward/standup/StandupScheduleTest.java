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

import org.junit.jupiter.api.Test;

import dev.steward.team.Member;
import dev.steward.team.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Prompt and report instants across odd offsets and DST changes, and "due since the last tick" over whole days. */
class StandupScheduleTest {

	private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

	private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

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
		StandupSchedule schedule = new StandupSchedule(new StandupConfig(1, time, LocalTime.of(23, 0),
				Duration.ofHours(1), EnumSet.allOf(DayOfWeek.class), ZonePolicy.TEAM, List.of()), zone);
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

	private static StandupSchedule schedule(LocalTime prompt, ZonePolicy policy, ZoneId teamZone) {
		return new StandupSchedule(new StandupConfig(1, prompt, LocalTime.of(11, 0), Duration.ofHours(1),
				EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), policy, List.of()), teamZone);
	}

	private static Member member(ZoneId zone) {
		return new Member(1, 1, "U1", "Ann", Role.MEMBER, true, zone, null, null);
	}

}
