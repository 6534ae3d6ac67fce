package dev.steward.chat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The port every chat platform adapter implements: send and update messages (each carrying its delivery key, so a
 * platform that can be asked later can say whether it arrived), look up user profiles.
 */
public interface ChatGateway {

	Platform platform();

	/**
	 * Posts a message marked with its delivery key; pictures are left for {@link #attach} when
	 * {@link #attachesSeparately()}.
	 * @return the platform's reference to the posted message, for later updates
	 * @throws ChatSendException when the platform refused or could not be reached, or the outcome is unknown
	 */
	String send(Conversation to, ChatMessage message, String deliveryKey) throws ChatSendException;

	/** Replaces the content of a message posted earlier. */
	void update(Conversation in, String messageRef, ChatMessage message) throws ChatSendException;

	/** Whether a message's pictures go in a step of their own after the text (Slack: file uploads). */
	default boolean attachesSeparately() {
		return false;
	}

	/** Attaches a picture to a message posted earlier, for platforms that attach separately. */
	default void attach(Conversation to, String messageRef, Block.Image image) throws ChatSendException {
		throw new ChatSendException(ChatSendException.Kind.PERMANENT, platform() + " shows pictures inline");
	}

	/**
	 * Posts the message as a reply in the thread of the one posted as {@code parentRef} (a Slack thread, a Teams reply
	 * chain) and returns its reference; where the platform or the conversation has no threads, it is posted as a
	 * message of its own.
	 */
	default String reply(Conversation to, String parentRef, ChatMessage message, String deliveryKey)
			throws ChatSendException {
		return send(to, message, deliveryKey);
	}

	/** As {@link #findSent}, for a reply in the thread of the message posted as {@code parentRef}. */
	default SentCheck findReply(Conversation to, String parentRef, String deliveryKey, Instant since)
			throws ChatSendException {
		return findSent(to, deliveryKey, since);
	}

	/**
	 * Whether the message with the delivery key arrived in the conversation since the instant, for an attempt whose
	 * outcome is unknown; {@link SentCheck#cannotTell()} where the platform offers no way to find out.
	 */
	default SentCheck findSent(Conversation to, String deliveryKey, Instant since) throws ChatSendException {
		return SentCheck.cannotTell();
	}

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
