package dev.steward.command;

/** Handles the button presses whose action ids start with its prefix. */
public interface ActionHandler {

	/** The action id prefix, such as {@code standup.}. */
	String prefix();

	Reply handle(ActionRequest request);

}
