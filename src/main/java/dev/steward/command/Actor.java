package dev.steward.command;

import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;

/**
 * The person behind a command, button press or form submission.
 *
 * @param platform where they are
 * @param workspaceId their workspace
 * @param userId their platform user id
 * @param userName the name the platform sent with the request, if any
 */
public record Actor(Platform platform, String workspaceId, String userId, String userName) {

	/** The direct-message conversation with this person. */
	public Conversation directConversation() {
		return Conversation.direct(platform, workspaceId, userId);
	}

	/** The name to show before a profile lookup: the platform's name, else the user id. */
	public String displayName() {
		return (userName == null || userName.isBlank()) ? userId : userName;
	}

}
