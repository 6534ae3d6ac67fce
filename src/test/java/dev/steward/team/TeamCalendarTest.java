package dev.steward.team;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.steward.i18n.Language;
import dev.steward.i18n.Words;

import static org.assertj.core.api.Assertions.assertThat;

/** Working time: weekends, working hours, holidays, leave, DST and odd offsets. */
class TeamCalendarTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final Duration EIGHT_HOURS = Duration.ofHours(8);

	private final TeamCalendar calendar = TeamCalendar.standard(BERLIN);

	@Test
	void aBlockerRaisedFridayAtFiveIsNotOldOnMondayMorning() {
		Instant friday = at(2026, 11, 27, 17, 0);

		assertThat(calendar.between(friday, at(2026, 11, 30, 8, 59), Set.of())).isZero();
		assertThat(calendar.between(friday, at(2026, 11, 30, 10, 30), Set.of())).isEqualTo(Duration.ofMinutes(90));
	}

	@Test
	void countsOnlyWorkingHours() {
		assertThat(calendar.between(at(2026, 11, 23, 7, 0), at(2026, 11, 23, 20, 0), Set.of()))
			.isEqualTo(Duration.ofHours(8));
		assertThat(calendar.between(at(2026, 11, 23, 16, 0), at(2026, 11, 24, 10, 0), Set.of()))
			.isEqualTo(Duration.ofHours(2));
	}

	@Test
	void skipsHolidaysAndTheOwnersLeave() {
		TeamCalendar withHoliday = new TeamCalendar(BERLIN, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
				LocalTime.of(9, 0), LocalTime.of(17, 0), Set.of(LocalDate.of(2026, 12, 24)));
		Instant from = at(2026, 12, 23, 9, 0);
		Instant to = at(2026, 12, 28, 9, 0);

		assertThat(withHoliday.between(from, to, Set.of())).isEqualTo(Duration.ofHours(16));
		assertThat(withHoliday.between(from, to, Set.of(LocalDate.of(2026, 12, 25)))).isEqualTo(Duration.ofHours(8));
	}

	@Test
	void plusLandsOnTheNextWorkingTimeAndIsTheInverseOfBetween() {
		Instant friday = at(2026, 11, 27, 16, 0);

		Instant due = calendar.plus(friday, Duration.ofHours(4), Set.of());

		assertThat(due).isEqualTo(at(2026, 11, 30, 12, 0));
		assertThat(calendar.between(friday, due, Set.of())).isEqualTo(Duration.ofHours(4));
		assertThat(calendar.minus(due, Duration.ofHours(4), Set.of())).isEqualTo(at(2026, 11, 27, 16, 0));
	}

	@Test
	void aWorkingDayAcrossTheAutumnDstChangeStillHasItsWorkingHours() {
		Instant saturday = at(2026, 10, 24, 12, 0);

		assertThat(calendar.between(saturday, at(2026, 10, 26, 17, 0), Set.of())).isEqualTo(Duration.ofHours(8));
		assertThat(calendar.plus(saturday, Duration.ofHours(8), Set.of())).isEqualTo(at(2026, 10, 26, 17, 0));
	}

	@Test
	void lordHoweWorkingHoursFollowItsHalfHourDstShift() {
		ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
		TeamCalendar island = TeamCalendar.standard(lordHowe);
		Instant friday = ZonedDateTime.of(2026, 10, 2, 16, 0, 0, 0, lordHowe).toInstant();

		Instant due = island.plus(friday, Duration.ofHours(2), Set.of());

		assertThat(due).isEqualTo(ZonedDateTime.of(2026, 10, 5, 10, 0, 0, 0, lordHowe).toInstant());
		assertThat(Duration.between(friday, due)).isEqualTo(Duration.ofHours(66).minusMinutes(30));
	}

	@Test
	void describesWorkingTimeInWorkingDays() {
		assertThat(calendar.describe(Duration.ofMinutes(45))).isEqualTo("45m");
		assertThat(calendar.describe(Duration.ofMinutes(190))).isEqualTo("3h 10m");
		assertThat(calendar.describe(Duration.ofHours(20))).isEqualTo("2d 4h");
	}

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, BERLIN).toInstant();
	}

	@Test
	void writesAgesShortInEnglishAndWithPluralsInGermanAndSpanish() {
		Duration fiveDaysOneHour = EIGHT_HOURS.multipliedBy(5).plusHours(1);

		assertThat(TeamCalendar.describe(Duration.ofMinutes(45), EIGHT_HOURS, Words.ENGLISH)).isEqualTo("45m");
		assertThat(TeamCalendar.describe(Duration.ofMinutes(61), EIGHT_HOURS, Words.ENGLISH)).isEqualTo("1h 1m");
		assertThat(TeamCalendar.describe(fiveDaysOneHour, EIGHT_HOURS, Words.ENGLISH)).isEqualTo("5d 1h");
		assertThat(TeamCalendar.describe(fiveDaysOneHour, EIGHT_HOURS, Words.in(Language.DE)))
			.isEqualTo("5 Tage 1 Std.");
		assertThat(TeamCalendar.describe(EIGHT_HOURS, EIGHT_HOURS, Words.in(Language.DE))).isEqualTo("1 Tag");
		assertThat(TeamCalendar.describe(EIGHT_HOURS.multipliedBy(2), EIGHT_HOURS, Words.in(Language.ES)))
			.isEqualTo("2 d\u00edas");
	}

}
