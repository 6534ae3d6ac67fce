package dev.steward.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How Steward writes dates and times for people: the weekday and day, with the year only when it is not this year,
 * and times with their zone named where a reader could misread them.
 */
public final class Dates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

	private static final DateTimeFormatter DAY_AND_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private Dates() {
	}

	/** {@code Thu 24 Dec}, or {@code Fri 1 Jan 2027} when the date is not in the year of {@code today}. */
	public static String day(LocalDate date, LocalDate today) {
		return (date.getYear() == today.getYear() ? DAY : DAY_AND_YEAR).format(date);
	}

	/** {@code Thu 24 Dec 2026}, for text kept for years, such as history lines. */
	public static String dayWithYear(LocalDate date) {
		return DAY_AND_YEAR.format(date);
	}

	/** {@code Thu 24 Dec – Sat 26 Dec}, or one day when both are the same. */
	public static String range(LocalDate first, LocalDate last, LocalDate today) {
		return first.equals(last) ? day(first, today) : day(first, today) + " \u2013 " + day(last, today);
	}

	/** {@code 09:30}. */
	public static String time(java.time.LocalTime time) {
		return TIME.format(time);
	}

	/**
	 * The instant as a time in the reader's zone, naming the zone unless the reader and the team share it: {@code
	 * 16:30 your time (11:00 Europe/London)}, or {@code 11:00 (Europe/London)}.
	 * @param readerZone the reader's zone, or null when unknown
	 */
	public static String timeFor(Instant instant, ZoneId readerZone, ZoneId teamZone) {
		String team = TIME.format(instant.atZone(teamZone)) + " " + teamZone.getId();
		if (readerZone == null || sameOffset(instant, readerZone, teamZone)) {
			return TIME.format(instant.atZone(teamZone)) + " (" + teamZone.getId() + ")";
		}
		return TIME.format(instant.atZone(readerZone)) + " your time (" + team + ")";
	}

	private static boolean sameOffset(Instant instant, ZoneId a, ZoneId b) {
		return a.getRules().getOffset(instant).equals(b.getRules().getOffset(instant));
	}

}
