package dev.steward.delivery;

import dev.steward.chat.Conversation;

/**
 * One claimed outgoing message.
 *
 * @param id the row id
 * @param key the idempotency key
 * @param to the conversation
 * @param operation post a new message, or update the one posted under {@code targetKey}
 * @param targetKey for updates, the key of the original post
 * @param payload the message as JSON
 * @param attempts failed attempts so far
 */
record Delivery(long id, String key, Conversation to, Operation operation, String targetKey, String payload,
		int attempts) {

	/** What the dispatcher does with the message. */
	enum Operation {

		POST, UPDATE

	}

}
