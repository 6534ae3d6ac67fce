package dev.steward.dashboard;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import dev.steward.i18n.Words;

/** Dates as the dashboard's tables write them, in the viewer's language: {@code 1 Nov 2026}, {@code 1. Nov. 2026}. */
public final class PageDates {

	private PageDates() {
	}

	/** {@code 1 Nov 2026}: a day without its weekday. */
	public static String day(Words words, LocalDate date) {
		return DateTimeFormatter.ofPattern(words.get("dashboard.date.day"), words.locale()).format(date);
	}

	/** {@code 1 Dec 09:30:15}: a moment in a log of deliveries. */
	public static String moment(Words words, ZonedDateTime at) {
		return DateTimeFormatter.ofPattern(words.get("dashboard.date.moment"), words.locale()).format(at);
	}

	/** {@code Mon 23 Nov 2026, 10:00}: a moment in an impediment's life. */
	public static String when(Words words, ZonedDateTime at) {
		return words.dayWithYear(at.toLocalDate()) + ", " + words.time(at.toLocalTime());
	}

}
