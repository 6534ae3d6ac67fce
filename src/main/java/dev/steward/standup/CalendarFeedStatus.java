package dev.steward.standup;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import dev.steward.i18n.Words;
import dev.steward.team.CalendarFeed;

/** How a calendar feed is doing, in the words of a reply: read when, or failing since when and why. */
final class CalendarFeedStatus {

	private CalendarFeedStatus() {
	}

	/** A sentence's end such as " (last read Mon 30 Nov 10:00)." */
	static String of(Words words, CalendarFeed feed, LocalDate today, ZoneId zone) {
		if (feed.failingSince() != null) {
			return " " + words.get("setup.feed.failing", at(words, feed.failingSince().atZone(zone), today), feed.failure());
		}
		if (feed.readAt() == null) {
			return " " + words.get("setup.feed.unread");
		}
		return " " + words.get("setup.feed.read", at(words, feed.readAt().atZone(zone), today));
	}

	private static String at(Words words, ZonedDateTime time, LocalDate today) {
		return words.day(time.toLocalDate(), today) + " " + words.time(time.toLocalTime());
	}

}
