package dev.steward.chat.slack;

import java.time.Duration;

import org.hibernate.validator.constraints.URL;

import dev.steward.settings.NonNegativeDuration;
import dev.steward.settings.PositiveDuration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * How Steward reaches Slack. Slack is on when a bot token is set.
 *
 * @param botToken the bot token ({@code xoxb-...}), from {@code SLACK_BOT_TOKEN}
 * @param signingSecret the app's signing secret, from {@code SLACK_SIGNING_SECRET}
 * @param apiUrl the Web API base URL; tests and staging point it elsewhere
 * @param readTimeout how long a Web API call may wait for its answer; one that times out ends as "outcome
 * unknown", and a message is looked up in the conversation's history before it is sent again
 * @param directoryPageSpacing the least time between two pages of one {@code users.list} read (tier 2 allows about
 * 20 calls a minute)
 * @param replayPurgeInterval how often request signatures older than the replay window are forgotten
 */
@Validated
@ConfigurationProperties("steward.slack")
public record SlackProperties(String botToken, String signingSecret,
		@DefaultValue("https://slack.com/api/") @NotBlank @URL(regexp = "^https?:.*") String apiUrl,
		@DefaultValue("10s") @NotNull @PositiveDuration Duration readTimeout,
		@DefaultValue("3s") @NotNull @NonNegativeDuration Duration directoryPageSpacing,
		@DefaultValue("10m") @NotNull @PositiveDuration Duration replayPurgeInterval) {

	public SlackProperties {
		if (StringUtils.hasText(botToken) && !StringUtils.hasText(signingSecret)) {
			throw new InvalidConfigurationPropertyValueException("steward.slack.signing-secret", signingSecret,
					"must be set when steward.slack.bot-token (SLACK_BOT_TOKEN) is set, or Steward could not tell "
							+ "Slack's requests from anyone else's; copy it from your Slack app's Basic Information page");
		}
	}

	public boolean enabled() {
		return botToken != null && !botToken.isBlank();
	}

	/** Never prints the secrets. */
	@Override
	public String toString() {
		return "SlackProperties[botToken=" + (enabled() ? "(set)" : "(not set)") + ", signingSecret="
				+ (signingSecret == null || signingSecret.isBlank() ? "(not set)" : "(set)") + ", apiUrl=" + apiUrl
				+ ", readTimeout=" + readTimeout + ", directoryPageSpacing=" + directoryPageSpacing
				+ ", replayPurgeInterval=" + replayPurgeInterval + "]";
	}

}
