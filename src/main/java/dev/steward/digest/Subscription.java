package dev.steward.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;

/**
 * A digest subscription: who gets it (a person's DM or a channel), how often and when, in whose zone.
 *
 * @param id the row id
 * @param platform the platform
 * @param workspaceId the workspace
 * @param kind a DM or a channel
 * @param targetId the user or channel id
 * @param cadence daily or weekly
 * @param sendAt the local time it goes out
 * @param weekday the day a weekly digest goes out
 * @param days the days a daily digest goes out: the subscriber's working days
 * @param zone the subscriber's zone
 * @param createdAt when it was made; no period ending before it is sent
 */
record Subscription(long id, Platform platform, String workspaceId, Conversation.Kind kind, String targetId,
		Cadence cadence, LocalTime sendAt, DayOfWeek weekday, Set<DayOfWeek> days, ZoneId zone, Instant createdAt) {

	/** Monday to Friday: when a daily digest goes out unless the subscriber says otherwise. */
	static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

	Subscription {
		days = days.isEmpty() ? WEEKDAYS : EnumSet.copyOf(days);
	}

	/** Whether a digest goes out on the date. */
	boolean sendsOn(java.time.LocalDate date) {
		return cadence == Cadence.WEEKLY ? date.getDayOfWeek() == weekday : days.contains(date.getDayOfWeek());
	}

	/** How often a digest goes out. */
	enum Cadence {

		DAILY, WEEKLY

	}

	Conversation conversation() {
		return new Conversation(platform, workspaceId, kind, targetId);
	}

}
