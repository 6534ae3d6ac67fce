package dev.steward.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import dev.steward.i18n.Words;

/**
 * How Steward writes dates and times for the person whose request is in hand ({@link Words#current()}): the weekday
 * and day, with the year only when it is not this year, and times with their zone named where a reader could misread
 * them. Messages for someone else take their own {@link Words}.
 */
public final class Dates {

	private Dates() {
	}

	/** {@code Thu 24 Dec}, or {@code Fri 1 Jan 2027} when the date is not in the year of {@code today}. */
	public static String day(LocalDate date, LocalDate today) {
		return Words.current().day(date, today);
	}

	/** {@code Thu 24 Dec 2026}, for text kept for years, such as history lines. */
	public static String dayWithYear(LocalDate date) {
		return Words.current().dayWithYear(date);
	}

	/** {@code Thu 24 Dec – Sat 26 Dec}, or one day when both are the same. */
	public static String range(LocalDate first, LocalDate last, LocalDate today) {
		return Words.current().range(first, last, today);
	}

	/** {@code 09:30}. */
	public static String time(java.time.LocalTime time) {
		return Words.current().time(time);
	}

	/**
	 * The instant as a time in the reader's zone, naming the zone unless the reader and the team share it: {@code
	 * 16:30 your time (11:00 Europe/London)}, or {@code 11:00 (Europe/London)}.
	 * @param readerZone the reader's zone, or null when unknown
	 */
	public static String timeFor(Instant instant, ZoneId readerZone, ZoneId teamZone) {
		return Words.current().timeFor(instant, readerZone, teamZone);
	}

}
