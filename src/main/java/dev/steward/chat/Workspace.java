package dev.steward.chat;

/**
 * A workspace on a platform: a Slack workspace or a Teams tenant.
 *
 * @param platform the platform
 * @param id the workspace's id on the platform (Slack's team id, Teams' tenant id)
 */
public record Workspace(Platform platform, String id) {

	/** Names it as log lines do: {@code slack workspace T123}. */
	@Override
	public String toString() {
		return platform.key() + " workspace " + id;
	}

}
