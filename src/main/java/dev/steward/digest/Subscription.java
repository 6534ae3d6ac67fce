package dev.steward.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

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
 * @param zone the subscriber's zone
 * @param createdAt when it was made; no period ending before it is sent
 */
record Subscription(long id, Platform platform, String workspaceId, Conversation.Kind kind, String targetId,
		Cadence cadence, LocalTime sendAt, DayOfWeek weekday, ZoneId zone, Instant createdAt) {

	/** How often a digest goes out. */
	enum Cadence {

		DAILY, WEEKLY

	}

	Conversation conversation() {
		return new Conversation(platform, workspaceId, kind, targetId);
	}

}
