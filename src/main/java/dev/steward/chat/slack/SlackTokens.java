package dev.steward.chat.slack;

import java.util.Optional;

/** Where the bot token for a workspace comes from: the one configured token, or the workspace's installation. */
@FunctionalInterface
interface SlackTokens {

	/** The token that acts in the workspace, if Steward is installed there. */
	Optional<BotToken> forWorkspace(String workspaceId);

	/**
	 * Forgets the token of a workspace (or, org-wide, an organisation) that uninstalled Steward or revoked it; the one
	 * configured token stays, since the operator set it.
	 */
	default void forget(String enterpriseId, String teamId, boolean orgWide) {
	}

	/**
	 * A bot token.
	 *
	 * @param value the token ({@code xoxb-...}); never printed
	 * @param orgWide whether it is an Enterprise Grid organisation's, whose directory reads must name the workspace
	 */
	record BotToken(String value, boolean orgWide) {

		@Override
		public String toString() {
			return "BotToken[value=(set), orgWide=" + orgWide + "]";
		}

	}

}
