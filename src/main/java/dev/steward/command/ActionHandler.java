package dev.steward.command;

import java.util.Optional;

import dev.steward.chat.ChatMessage;

/** Handles the button presses whose action ids start with its prefix. */
public interface ActionHandler {

	/** The action id prefix, such as {@code standup.}. */
	String prefix();

	Reply handle(ActionRequest request);

	/**
	 * The actor's own version, now, of a message that names this action as its {@link ChatMessage.View}; empty when
	 * the action is no view. Changes nothing.
	 */
	default Optional<ChatMessage> view(ActionRequest request) {
		return Optional.empty();
	}

}
