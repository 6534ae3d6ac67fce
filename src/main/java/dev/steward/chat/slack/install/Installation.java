package dev.steward.chat.slack.install;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Steward installed in one Slack workspace, or organisation-wide in an Enterprise Grid organisation.
 *
 * @param enterpriseId the Enterprise Grid organisation, or null for a workspace outside one
 * @param teamId the workspace, or null for an organisation-wide install
 * @param teamName the workspace's or organisation's name, for pages and logs
 * @param orgWide whether the install covers every workspace of the organisation
 * @param appId the Slack app installed
 * @param botUserId Steward's bot user in the workspace
 * @param botToken the bot token ({@code xoxb-...}); never printed
 * @param scopes the bot scopes granted
 * @param installerUserId who installed it
 * @param installedAt when
 */
public record Installation(String enterpriseId, String teamId, String teamName, boolean orgWide, String appId,
		String botUserId, String botToken, List<String> scopes, String installerUserId, Instant installedAt) {

	public Installation {
		Objects.requireNonNull(orgWide ? enterpriseId : teamId, "the installed workspace or organisation");
		Objects.requireNonNull(botUserId, "botUserId");
		Objects.requireNonNull(botToken, "botToken");
		Objects.requireNonNull(installerUserId, "installerUserId");
		Objects.requireNonNull(installedAt, "installedAt");
		scopes = List.copyOf(scopes);
	}

	/** The row's key: the organisation for an org-wide install, else the workspace. */
	public String key() {
		return orgWide ? enterpriseId : teamId;
	}

	/** Never prints the token. */
	@Override
	public String toString() {
		return "Installation[enterpriseId=" + enterpriseId + ", teamId=" + teamId + ", teamName=" + teamName
				+ ", orgWide=" + orgWide + ", appId=" + appId + ", botUserId=" + botUserId + ", botToken=(set), scopes="
				+ scopes + ", installerUserId=" + installerUserId + ", installedAt=" + installedAt + "]";
	}

}
