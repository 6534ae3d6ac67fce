package dev.steward.delivery;

import java.time.Instant;

import dev.steward.chat.Conversation;

/**
 * One claimed outgoing message.
 *
 * @param id the row id
 * @param key the idempotency key
 * @param to the conversation
 * @param operation post a new message, update the one posted under {@code targetKey}, or reply in its thread
 * @param targetKey for updates and replies, the key of the original post
 * @param payload the message as JSON
 * @param attempts failed attempts so far
 * @param kind what it is
 * @param teamId its team, or null
 * @param expiresAt when it stops being useful
 * @param firstAttemptAt when the first attempt left, or null
 * @param uncertain whether an earlier attempt may have arrived (it timed out, or its sender died)
 * @param step how far a multi-part send got: null, or {@code POSTED} when the text is out and attachments are not
 * @param messageRef the platform's reference to what was posted so far, or null
 */
record Delivery(long id, String key, Conversation to, Operation operation, String targetKey, String payload,
		int attempts, DeliveryKind kind, Long teamId, Instant expiresAt, Instant firstAttemptAt, boolean uncertain,
		String step, String messageRef) {

	static final String POSTED = "POSTED";

	/** What the dispatcher does with the message. */
	enum Operation {

		POST, UPDATE, REPLY

	}

	/** A short description for logs: the key, kind and team. */
	String describe() {
		return key + " (" + kind.name().toLowerCase(java.util.Locale.ROOT) + (teamId == null ? "" : ", team " + teamId)
				+ ")";
	}

}
