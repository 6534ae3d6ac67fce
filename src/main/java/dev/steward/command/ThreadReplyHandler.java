package dev.steward.command;

/** Handles a reply in the thread of one of Steward's channel messages; returns true when it was for this feature. */
public interface ThreadReplyHandler {

	boolean handle(ThreadReply reply);

}
