package dev.steward.impediment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.steward.team.TeamCalendar;

import static org.assertj.core.api.Assertions.assertThat;

/** The one working-time age: working hours only, without the owner's leave and snoozes, at any instant. */
class AgeClockTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final TeamCalendar CALENDAR = TeamCalendar.standard(BERLIN);

	/** Monday 23 November 2026, 10:00 in Berlin. */
	private static final Instant MONDAY_TEN = Instant.parse("2026-11-23T09:00:00Z");

	@Test
	void countsOnlyWorkingHoursSoAFridayEveningBlockerIsAnHourOldOnMondayMorning() {
		Instant fridayFive = Instant.parse("2026-11-27T16:00:00Z");
		AgeClock age = clock(fridayFive, Set.of(), List.of(), null);

		assertThat(age.at(Instant.parse("2026-11-30T09:00:00Z"))).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void leavesOutTheOwnersLeaveAndEachSnoozeAtEveryInstantNotOnlyNow() {
		Set<LocalDate> away = Set.of(LocalDate.of(2026, 11, 24));
		Pause tuesdayAfternoon = new Pause(Instant.parse("2026-11-25T13:00:00Z"), Instant.parse("2026-11-25T15:00:00Z"),
				Duration.ZERO);
		AgeClock age = clock(MONDAY_TEN, away, List.of(tuesdayAfternoon), null);

		assertThat(age.at(Instant.parse("2026-11-24T15:00:00Z"))).as("Monday's 7 hours; Tuesday away")
			.isEqualTo(Duration.ofHours(7));
		assertThat(age.at(Instant.parse("2026-11-25T14:00:00Z"))).as("during the snooze")
			.isEqualTo(Duration.ofHours(7 + 5));
		assertThat(age.at(Instant.parse("2026-11-26T16:00:00Z"))).as("Wednesday less the 2 snoozed hours")
			.isEqualTo(Duration.ofHours(7 + 6 + 8));
	}

	@Test
	void aSnoozeThatHasNotEndedStopsTheAgeAndTheThresholdIsNotReachedWhileItLasts() {
		AgeClock age = clock(MONDAY_TEN, Set.of(), List.of(), Instant.parse("2026-11-23T11:00:00Z"));

		assertThat(age.at(Instant.parse("2026-11-26T11:00:00Z"))).isEqualTo(Duration.ofHours(2));
		assertThat(age.whenReaches(Duration.ofHours(1))).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
		assertThat(age.whenReaches(Duration.ofHours(3))).isNull();
	}

	@Test
	void whenReachesMovesPastLeaveAndPausesSoEscalationsAndDigestBandsAgree() {
		Pause monday = new Pause(Instant.parse("2026-11-23T11:00:00Z"), Instant.parse("2026-11-23T13:00:00Z"),
				Duration.ZERO);
		AgeClock age = clock(MONDAY_TEN, Set.of(LocalDate.of(2026, 11, 24)), List.of(monday), null);

		Instant oneDay = age.whenReaches(CALENDAR.workingDay());
		assertThat(oneDay).isEqualTo(Instant.parse("2026-11-25T11:00:00Z"));
		assertThat(age.at(oneDay)).isEqualTo(CALENDAR.workingDay());
	}

	@Test
	void aPauseFromBeforeAReopeningDoesNotCountAndAResolvedAgeStaysAsRecorded() {
		Pause earlier = new Pause(Instant.parse("2026-11-16T09:00:00Z"), Instant.parse("2026-11-16T10:00:00Z"),
				Duration.ZERO);
		Pause legacy = new Pause(Instant.parse("2026-11-16T09:00:00Z"), Instant.parse("2026-11-16T09:00:00Z"),
				Duration.ofHours(3));
		AgeClock reopened = clock(MONDAY_TEN, Set.of(), List.of(earlier, legacy), null);
		assertThat(reopened.at(Instant.parse("2026-11-23T12:00:00Z"))).isEqualTo(Duration.ofHours(3));

		AgeClock resolved = new AgeClock(CALENDAR, Set.of(), MONDAY_TEN, List.of(), null,
				Instant.parse("2026-11-23T11:00:00Z"), Duration.ofHours(2));
		assertThat(resolved.at(Instant.parse("2026-12-01T12:00:00Z"))).isEqualTo(Duration.ofHours(2));
		assertThat(resolved.whenReaches(Duration.ofHours(4))).isNull();
	}

	private static AgeClock clock(Instant climb, Set<LocalDate> away, List<Pause> pauses, Instant snoozedAt) {
		return new AgeClock(CALENDAR, away, climb, pauses, snoozedAt, null, null);
	}

}
