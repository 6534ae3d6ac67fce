package dev.steward.delivery;

import java.time.Instant;

import dev.steward.chat.Conversation;

/**
 * A platform said a message can never reach its recipient (they blocked the bot or left), so features can stop
 * writing to them.
 *
 * @param conversation where the message was going
 * @param reason what the platform said
 * @param at when the delivery was given up
 */
public record RecipientUnreachable(Conversation conversation, String reason, Instant at) {

}
