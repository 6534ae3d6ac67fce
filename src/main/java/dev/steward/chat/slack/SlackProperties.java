package dev.steward.chat.slack;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.hibernate.validator.constraints.URL;

import dev.steward.settings.NonNegativeDuration;
import dev.steward.settings.PositiveDuration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * How Steward reaches Slack. Slack is on when a bot token is set, or a client id for workspaces that install Steward
 * ({@link dev.steward.chat.slack.install.InstallProperties}).
 *
 * @param botToken the bot token ({@code xoxb-...}), from {@code SLACK_BOT_TOKEN}
 * @param signingSecret the app's signing secret, from {@code SLACK_SIGNING_SECRET}
 * @param previousSigningSecret the secret Slack signed with before the current one, from
 * {@code SLACK_SIGNING_SECRET_PREVIOUS}: accepted alongside it while set, so a secret is rotated without refusing
 * requests signed a moment before
 * @param appToken the app-level token ({@code xapp-...}, scope {@code connections:write}), from
 * {@code SLACK_APP_TOKEN}: when set, Steward takes Slack's requests over Socket Mode instead of on
 * {@code /slack/events}
 * @param apiUrl the Web API base URL; tests and staging point it elsewhere
 * @param readTimeout how long a Web API call may wait for its answer; one that times out ends as "outcome
 * unknown", and a message is looked up in the conversation's history before it is sent again
 * @param directoryPageSpacing the least time between two pages of one {@code users.list} read (tier 2 allows about
 * 20 calls a minute)
 * @param socketMode how the Socket Mode connection is kept
 * @param replayPurgeInterval how often request signatures older than the replay window are forgotten
 */
@Validated
@ConfigurationProperties("steward.slack")
public record SlackProperties(String botToken, String signingSecret, String previousSigningSecret, String appToken,
		@DefaultValue("https://slack.com/api/") @NotBlank @URL(regexp = "^https?:.*") String apiUrl,
		@DefaultValue("10s") @NotNull @PositiveDuration Duration readTimeout,
		@DefaultValue("3s") @NotNull @NonNegativeDuration Duration directoryPageSpacing,
		@DefaultValue @Valid @NotNull @NestedConfigurationProperty SocketModeProperties socketMode,
		@DefaultValue("10m") @NotNull @PositiveDuration Duration replayPurgeInterval) {

	public SlackProperties {
		if (isSet(botToken) && !isSet(appToken) && !isSet(signingSecret)) {
			throw new InvalidConfigurationPropertyValueException("steward.slack.signing-secret", signingSecret,
					"must be set when steward.slack.bot-token (SLACK_BOT_TOKEN) is set and Slack's requests come to "
							+ "/slack/events, or Steward could not tell Slack's requests from anyone else's; copy it "
							+ "from your Slack app's Basic Information page, or set SLACK_APP_TOKEN for Socket Mode");
		}
	}

	public boolean enabled() {
		return isSet(botToken);
	}

	/** True when Slack's requests come over Socket Mode rather than to {@code /slack/events}. */
	public boolean socketModeEnabled() {
		return isSet(appToken);
	}

	/** The secrets a request may be signed with: the current one, then the previous one while it is set. */
	List<String> signingSecrets() {
		return Stream.of(signingSecret, previousSigningSecret).filter(SlackProperties::isSet).toList();
	}

	private static boolean isSet(String value) {
		return value != null && !value.isBlank();
	}

	private static String shown(String secret) {
		return isSet(secret) ? "(set)" : "(not set)";
	}

	/** Never prints the secrets. */
	@Override
	public String toString() {
		return "SlackProperties[botToken=" + shown(botToken) + ", signingSecret=" + shown(signingSecret)
				+ ", previousSigningSecret=" + shown(previousSigningSecret) + ", appToken=" + shown(appToken)
				+ ", apiUrl=" + apiUrl + ", readTimeout=" + readTimeout + ", directoryPageSpacing="
				+ directoryPageSpacing + ", socketMode=" + socketMode + ", replayPurgeInterval=" + replayPurgeInterval
				+ "]";
	}

}
