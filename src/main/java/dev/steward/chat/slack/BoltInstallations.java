package dev.steward.chat.slack;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.service.InstallationService;

import dev.steward.chat.slack.install.Installation;
import dev.steward.chat.slack.install.Installations;

/**
 * Lets Bolt find the bot token for each request among Steward's installations; installs are stored by Steward's own
 * flow, so Bolt's saving is refused, and its deletions (a token Slack calls inactive) remove the installation.
 */
final class BoltInstallations implements InstallationService {

	private final Installations installations;

	BoltInstallations(Installations installations) {
		this.installations = installations;
	}

	@Override
	public boolean isHistoricalDataEnabled() {
		return false;
	}

	@Override
	public void setHistoricalDataEnabled(boolean isHistoricalDataEnabled) {
		// Steward keeps one installation per workspace.
	}

	@Override
	public void saveInstallerAndBot(Installer installer) {
		throw new UnsupportedOperationException("installs are stored by Steward's install flow");
	}

	@Override
	public void deleteBot(Bot bot) {
		installations.remove(bot.getEnterpriseId(), bot.getTeamId(), Boolean.TRUE.equals(bot.getIsEnterpriseInstall()));
	}

	@Override
	public void deleteInstaller(Installer installer) {
		installations.remove(installer.getEnterpriseId(), installer.getTeamId(), Boolean.TRUE.equals(installer.getIsEnterpriseInstall()));
	}

	@Override
	public Bot findBot(String enterpriseId, String teamId) {
		return installations.find(enterpriseId, teamId).map(BoltInstallations::bot).orElse(null);
	}

	/** Steward asks for no user tokens. */
	@Override
	public Installer findInstaller(String enterpriseId, String teamId, String userId) {
		return null;
	}

	@Override
	public String getInstallationGuideText(String enterpriseId, String teamId, String userId) {
		return "Steward is not installed in this workspace any more. Ask whoever runs Steward for the link to add it "
				+ "to Slack again.";
	}

	private static Bot bot(Installation installation) {
		DefaultBot bot = new DefaultBot();
		bot.setAppId(installation.appId());
		bot.setEnterpriseId(installation.enterpriseId());
		bot.setTeamId(installation.teamId());
		bot.setIsEnterpriseInstall(installation.orgWide());
		bot.setBotUserId(installation.botUserId());
		bot.setBotAccessToken(installation.botToken());
		bot.setScope(String.join(",", installation.scopes()));
		bot.setInstalledAt(installation.installedAt().toEpochMilli());
		return bot;
	}

}
