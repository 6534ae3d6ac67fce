package dev.steward.chat;

import java.util.Objects;

/**
 * Where a message goes: a direct message with one user, or a channel, in one workspace of one platform.
 *
 * @param platform the platform
 * @param workspaceId the Slack team id, the Teams tenant id, or the sandbox workspace
 * @param kind a direct message or a channel
 * @param id the user id for a direct message, the channel id for a channel
 */
public record Conversation(Platform platform, String workspaceId, Kind kind, String id) {

	/** Whether the conversation is a direct message or a channel. */
	public enum Kind {

		DIRECT, CHANNEL

	}

	public Conversation {
		Objects.requireNonNull(platform, "platform");
		Objects.requireNonNull(workspaceId, "workspaceId");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(id, "id");
	}

	public static Conversation direct(Platform platform, String workspaceId, String userId) {
		return new Conversation(platform, workspaceId, Kind.DIRECT, userId);
	}

	public static Conversation channel(Platform platform, String workspaceId, String channelId) {
		return new Conversation(platform, workspaceId, Kind.CHANNEL, channelId);
	}

	/** A stable key for rate limiting and logs, such as {@code slack:T1:channel:C1}. */
	public String key() {
		return platform.key() + ":" + workspaceId + ":" + kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
	}

}
