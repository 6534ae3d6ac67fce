package dev.steward.command;

/** Handles a plain direct message; returns true when it was for this feature. */
public interface DirectMessageHandler {

	boolean handle(DirectMessage message);

}
