package dev.steward.chat;

import java.util.List;
import java.util.Optional;

/** The port every chat platform adapter implements: send and update messages, look up user profiles. */
public interface ChatGateway {

	Platform platform();

	/**
	 * Posts a message.
	 * @return the platform's reference to the posted message, for later updates
	 * @throws ChatSendException when the platform refused or could not be reached
	 */
	String send(Conversation to, ChatMessage message) throws ChatSendException;

	/** Replaces the content of a message posted earlier. */
	void update(Conversation in, String messageRef, ChatMessage message) throws ChatSendException;

	/**
	 * Whether Steward can post to the channel (on Slack: is a member of it), so a command that names a channel can
	 * refuse it before storing anything.
	 */
	boolean canPost(Conversation channel) throws ChatSendException;

	/** Looks the user up on the platform; empty when the user is unknown. Not cached: see {@link UserProfiles}. */
	Optional<UserProfile> profile(String workspaceId, String userId) throws ChatSendException;

	/**
	 * Everyone in the workspace, as the platform lists them in bulk (on Slack, {@code users.list}), without deleted
	 * users and bots. Not cached: see {@link UserProfiles}.
	 * @return the people, or an empty list when the platform has no bulk directory
	 * @throws ChatSendException when the platform refused or could not be reached
	 */
	default List<UserProfile> directory(String workspaceId) throws ChatSendException {
		return List.of();
	}

}
