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

import dev.steward.i18n.Words;

/**
 * When a team works: its zone, working days, working hours and holidays. Ages and escalation thresholds count
 * working time in this calendar, so a blocker raised Friday at 17:00 is not "two days old" on Monday morning.
 * Pure and clock-free.
 *
 * @param zone the team's zone
 * @param workDays the working days of the week
 * @param dayStart when a working day starts
 * @param dayEnd when it ends
 * @param holidays dates the team named as not worked
 * @param publicHolidays the public holidays of the team's country (and region) that are not worked either
 */
public record TeamCalendar(ZoneId zone, Set<DayOfWeek> workDays, LocalTime dayStart, LocalTime dayEnd,
		Set<LocalDate> holidays, PublicHolidays publicHolidays) {

	/** The longest span searched for working time, so a calendar can never loop forever. */
	private static final int MAX_DAYS = 3 * 366;

	public TeamCalendar {
		workDays = workDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(workDays);
		holidays = Set.copyOf(holidays);
		publicHolidays = publicHolidays == null ? PublicHolidays.none() : publicHolidays;
		if (!dayEnd.isAfter(dayStart)) {
			throw new IllegalArgumentException("A working day must end after it starts");
		}
	}

	/** A calendar without public holidays. */
	public TeamCalendar(ZoneId zone, Set<DayOfWeek> workDays, LocalTime dayStart, LocalTime dayEnd,
			Set<LocalDate> holidays) {
		this(zone, workDays, dayStart, dayEnd, holidays, PublicHolidays.none());
	}

	/** Monday to Friday, 09:00 to 17:00, no holidays. */
	public static TeamCalendar standard(ZoneId zone) {
		return new TeamCalendar(zone, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
				LocalTime.of(17, 0), Set.of());
	}

	public TeamCalendar withWorkDays(Set<DayOfWeek> days) {
		return new TeamCalendar(zone, days, dayStart, dayEnd, holidays, publicHolidays);
	}

	public TeamCalendar withHours(LocalTime start, LocalTime end) {
		return new TeamCalendar(zone, workDays, start, end, holidays, publicHolidays);
	}

	public TeamCalendar withHolidays(Set<LocalDate> days) {
		return new TeamCalendar(zone, workDays, dayStart, dayEnd, days, publicHolidays);
	}

	/** Whether the date is a team holiday or a public holiday of the team's country. */
	public boolean isHoliday(LocalDate date) {
		return holidays.contains(date) || publicHolidays.isHoliday(date);
	}

	/** The length of one working day, which "1d" in a threshold means. */
	public Duration workingDay() {
		return Duration.between(dayStart, dayEnd);
	}

	public boolean isWorkingDay(LocalDate date) {
		return isWorkingDay(date, Set.of());
	}

	public boolean isWorkingDay(LocalDate date, Set<LocalDate> alsoOff) {
		return workDays.contains(date.getDayOfWeek()) && !isHoliday(date) && !alsoOff.contains(date);
	}

	/** The working time between two instants, skipping the extra days off (such as the owner's leave). */
	public Duration between(Instant from, Instant to, Set<LocalDate> alsoOff) {
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		Duration total = Duration.ZERO;
		LocalDate last = to.atZone(zone).toLocalDate();
		LocalDate date = from.atZone(zone).toLocalDate();
		for (int i = 0; !date.isAfter(last) && i < MAX_DAYS; i++, date = date.plusDays(1)) {
			if (isWorkingDay(date, alsoOff)) {
				Instant start = max(from, start(date));
				Instant end = min(to, end(date));
				if (end.isAfter(start)) {
					total = total.plus(Duration.between(start, end));
				}
			}
		}
		return total;
	}

	/**
	 * The instant when {@code amount} of working time has passed since {@code from}, skipping the extra days off;
	 * null when no such instant is within three years (no working days at all).
	 */
	public Instant plus(Instant from, Duration amount, Set<LocalDate> alsoOff) {
		Duration left = amount;
		LocalDate date = from.atZone(zone).toLocalDate();
		for (int i = 0; i < MAX_DAYS; i++, date = date.plusDays(1)) {
			if (!isWorkingDay(date, alsoOff)) {
				continue;
			}
			Instant start = max(from, start(date));
			Instant end = end(date);
			if (!end.isAfter(start)) {
				continue;
			}
			Duration available = Duration.between(start, end);
			if (left.compareTo(available) <= 0) {
				return start.plus(left);
			}
			left = left.minus(available);
		}
		return null;
	}

	/** The instant {@code amount} of working time before {@code to}; null when not within three years. */
	public Instant minus(Instant to, Duration amount, Set<LocalDate> alsoOff) {
		Duration left = amount;
		LocalDate date = to.atZone(zone).toLocalDate();
		for (int i = 0; i < MAX_DAYS; i++, date = date.minusDays(1)) {
			if (!isWorkingDay(date, alsoOff)) {
				continue;
			}
			Instant start = start(date);
			Instant end = min(to, end(date));
			if (!end.isAfter(start)) {
				continue;
			}
			Duration available = Duration.between(start, end);
			if (left.compareTo(available) <= 0) {
				return end.minus(left);
			}
			left = left.minus(available);
		}
		return null;
	}

	/** The start of working hours on the date. */
	public Instant start(LocalDate date) {
		return ZonedDateTime.of(date, dayStart, zone).toInstant();
	}

	/** The end of working hours on the date. */
	public Instant end(LocalDate date) {
		return ZonedDateTime.of(date, dayEnd, zone).toInstant();
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	/** A working-time span in words: {@code 45m}, {@code 3h 10m}, {@code 2d 4h} (d = working days). */
	public String describe(Duration working) {
		return describe(working, Words.ENGLISH);
	}

	/** A working-time span in the reader's words: {@code 2d 4h}, {@code 2 Tage 4 Std.} (days are working days). */
	public String describe(Duration working, Words words) {
		return describe(working, workingDay(), words);
	}

	/** A working-time span in the reader's words, counting days of the given length. */
	public static String describe(Duration working, Duration workingDay, Words words) {
		long minutes = Math.max(0, working.toMinutes());
		long perDay = Math.max(1, workingDay.toMinutes());
		if (minutes < 60) {
			return words.get("team.span.minutes", String.valueOf(minutes));
		}
		if (minutes < perDay) {
			return (minutes % 60 == 0) ? words.get("team.span.hours", String.valueOf(minutes / 60))
					: words.get("team.span.hours-minutes", String.valueOf(minutes / 60), String.valueOf(minutes % 60));
		}
		long hours = (minutes % perDay) / 60;
		return (hours == 0) ? words.get("team.span.days", minutes / perDay)
				: words.get("team.span.days-hours", minutes / perDay, String.valueOf(hours));
	}

}
