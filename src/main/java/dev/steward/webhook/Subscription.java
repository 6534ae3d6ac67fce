package dev.steward.webhook;

import java.time.Instant;
import java.util.Set;

import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;

/**
 * A URL that hears some of a team's events.
 *
 * @param id its id
 * @param teamId the team
 * @param url where callbacks go
 * @param secret the signing secret ({@code whsec_...}); never printed
 * @param events the event types it hears
 * @param createdBy the PM who subscribed it
 * @param createdAt when
 * @param removedAt when it was removed (by a PM, or by its receiver answering 410), or null
 * @param removedReason why
 */
record Subscription(long id, long teamId, String url, String secret, Set<String> events, String createdBy,
		Instant createdAt, Instant removedAt, String removedReason) {

	/** The workspace id every subscription's deliveries carry. */
	static final String WORKSPACE = "webhooks";

	Subscription {
		events = Set.copyOf(events);
	}

	boolean isActive() {
		return removedAt == null;
	}

	/** Where its callbacks go in the delivery queue. */
	Conversation conversation() {
		return Conversation.channel(Platform.WEBHOOK, WORKSPACE, Long.toString(id));
	}

	@Override
	public String toString() {
		return "Subscription[id=" + id + ", teamId=" + teamId + ", url=" + url + ", secret=(not shown), events="
				+ events + ", createdBy=" + createdBy + ", createdAt=" + createdAt + ", removedAt=" + removedAt + "]";
	}

}
