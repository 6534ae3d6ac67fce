package dev.steward.command;

/**
 * A plain message a person sent the bot in a direct message.
 *
 * @param actor who sent it
 * @param text what they wrote, with mentions normalised
 * @param eventKey the platform's unique id for the event, for de-duplicating retries
 */
public record DirectMessage(Actor actor, String text, String eventKey) {

}
