package dev.steward.command;

/**
 * A button press.
 *
 * @param actor who pressed it
 * @param channelId the conversation the button was in
 * @param actionId the button's action, such as {@code standup.answer}
 * @param value the button's value
 */
public record ActionRequest(Actor actor, String channelId, String actionId, String value) {

}
