package dev.steward.standup;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import dev.steward.command.Dates;
import dev.steward.team.CalendarFeed;

/** How a calendar feed is doing, in the words of a reply: read when, or failing since when and why. */
final class CalendarFeedStatus {

	private CalendarFeedStatus() {
	}

	/** A sentence's end such as " (last read Mon 30 Nov 10:00)." */
	static String of(CalendarFeed feed, LocalDate today, ZoneId zone) {
		if (feed.failingSince() != null) {
			return " (I couldn't read it since " + at(feed.failingSince().atZone(zone), today) + ": " + feed.failure()
					+ ").";
		}
		if (feed.readAt() == null) {
			return " (to be read within a minute).";
		}
		return " (last read " + at(feed.readAt().atZone(zone), today) + ").";
	}

	private static String at(ZonedDateTime time, LocalDate today) {
		return Dates.day(time.toLocalDate(), today) + " " + Dates.time(time.toLocalTime());
	}

}
