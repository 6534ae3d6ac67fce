package dev.steward.command;

import dev.steward.chat.Conversation;

/**
 * A message a person wrote in a channel as a reply in the thread of one of Steward's messages.
 *
 * @param actor who wrote it
 * @param channel the channel
 * @param parentRef the platform's reference to the message the thread hangs from, as Steward stored it when posting
 * @param text what they wrote, with mentions normalised
 * @param eventKey the platform's unique id for the event, for de-duplicating retries
 */
public record ThreadReply(Actor actor, Conversation channel, String parentRef, String text, String eventKey) {

}
