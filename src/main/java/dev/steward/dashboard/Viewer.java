package dev.steward.dashboard;

import java.io.Serializable;
import java.util.Objects;

import dev.steward.chat.Platform;

/**
 * Who is looking at the dashboard: a person of a chat workspace, as their sign-in said.
 *
 * @param platform the platform of their account
 * @param workspaceId their Slack workspace (team id), or the sandbox's
 * @param userId their user id on the platform
 * @param name their name, for the page's header
 */
public record Viewer(Platform platform, String workspaceId, String userId, String name) implements Serializable {

	public Viewer {
		Objects.requireNonNull(platform, "platform");
		Objects.requireNonNull(workspaceId, "workspaceId");
		Objects.requireNonNull(userId, "userId");
		name = (name == null || name.isBlank()) ? userId : name;
	}

}
