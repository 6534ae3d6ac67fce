package dev.steward.chat.slack.install;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.hibernate.validator.constraints.URL;

import dev.steward.settings.PositiveDuration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * How workspaces install Steward through Slack's OAuth v2 flow ("Add to Slack"), which is on when a client id is set.
 *
 * @param clientId the Slack app's client id, from {@code SLACK_CLIENT_ID}; when set, Steward serves every workspace
 * that installs it on {@code /slack/install}, instead of the one workspace of {@code SLACK_BOT_TOKEN}
 * @param clientSecret the Slack app's client secret, from {@code SLACK_CLIENT_SECRET}
 * @param tokenKeys the keys that encrypt the workspaces' bot tokens at rest, from {@code STEWARD_TOKEN_KEYS}: a
 * comma-separated list of {@code <id>:<base64 of 32 random bytes>}; the first encrypts, every one decrypts, and tokens
 * under an older key are encrypted again with the first at startup
 * @param scopes the bot scopes asked for at install, as in {@code manifests/slack/manifest.yml}
 * @param redirectUri the address Slack sends the installer back to; when empty, {@code /slack/oauth_redirect} on the
 * host the installer's browser used
 * @param authorizeUrl Slack's authorization page; tests point it elsewhere
 * @param stateLifetime how long an installer has between opening {@code /slack/install} and coming back
 * @param tokenCacheTtl how long a workspace's decrypted token is kept in memory; an uninstall seen by another replica
 * shows within this
 * @param allowedWorkspaces when not empty, the only workspaces (team ids) that may install Steward
 * @param allowedEnterprises when not empty, the only Enterprise Grid organisations (enterprise ids) whose workspaces
 * may install Steward, or that may install it organisation-wide
 */
@Validated
@ConfigurationProperties("steward.slack.install")
public record InstallProperties(String clientId, String clientSecret, List<String> tokenKeys,
		@DefaultValue({ "channels:history", "channels:read", "chat:write", "commands", "files:write", "groups:history",
				"groups:read", "users:read", "im:history", "im:write" }) List<String> scopes,
		String redirectUri,
		@DefaultValue("https://slack.com/oauth/v2/authorize") @NotBlank @URL(regexp = "^https?:.*") String authorizeUrl,
		@DefaultValue("10m") @NotNull @PositiveDuration Duration stateLifetime,
		@DefaultValue("1m") @NotNull @PositiveDuration Duration tokenCacheTtl,
		@DefaultValue Set<String> allowedWorkspaces, @DefaultValue Set<String> allowedEnterprises) {

	public InstallProperties {
		tokenKeys = (tokenKeys != null) ? tokenKeys.stream().filter((key) -> !key.isBlank()).map(String::strip).toList()
				: List.of();
		// The fields are assigned only after this block, so it reads the parameters.
		if (clientId != null && !clientId.isBlank()) {
			if (clientSecret == null || clientSecret.isBlank()) {
				throw new InvalidConfigurationPropertyValueException("steward.slack.install.client-secret", null,
						"must be set when steward.slack.install.client-id (SLACK_CLIENT_ID) is set, or Slack would "
								+ "refuse every install; copy it from your Slack app's Basic Information page");
			}
			if (tokenKeys.isEmpty()) {
				throw new InvalidConfigurationPropertyValueException("steward.slack.install.token-keys", null,
						"must be set when steward.slack.install.client-id (SLACK_CLIENT_ID) is set, so workspaces' bot "
								+ "tokens are stored encrypted; generate one with: echo \"k1:$(openssl rand -base64 32)\"");
			}
			TokenCipher.of(tokenKeys);
		}
	}

	/** True when workspaces install Steward themselves, a client id being set. */
	public boolean enabled() {
		return clientId != null && !clientId.isBlank();
	}

	/**
	 * Whether a workspace, or an organisation installing org-wide, may install Steward here: anyone when neither list
	 * is set, else those the lists name (a workspace of a named organisation too).
	 */
	boolean allows(String enterpriseId, String teamId, boolean orgWide) {
		if (allowedWorkspaces.isEmpty() && allowedEnterprises.isEmpty()) {
			return true;
		}
		return (enterpriseId != null && allowedEnterprises.contains(enterpriseId))
				|| (!orgWide && teamId != null && allowedWorkspaces.contains(teamId));
	}

	/** Never prints the secrets. */
	@Override
	public String toString() {
		return "InstallProperties[clientId=" + clientId + ", clientSecret=" + ((clientSecret == null || clientSecret
			.isBlank()) ? "(not set)" : "(set)") + ", tokenKeys=(" + tokenKeys.size() + " set), scopes=" + scopes
				+ ", redirectUri=" + redirectUri + ", authorizeUrl=" + authorizeUrl + ", stateLifetime=" + stateLifetime
				+ ", tokenCacheTtl=" + tokenCacheTtl + ", allowedWorkspaces=" + allowedWorkspaces
				+ ", allowedEnterprises=" + allowedEnterprises + "]";
	}

}
