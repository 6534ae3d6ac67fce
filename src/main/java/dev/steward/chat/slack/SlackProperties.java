package dev.steward.chat.slack;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * How Steward reaches Slack. Slack is on when a bot token is set.
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
 */
@Validated
@ConfigurationProperties("steward.slack")
public record SlackProperties(String botToken, String signingSecret, String previousSigningSecret, String appToken,
		@DefaultValue("https://slack.com/api/") String apiUrl, @DefaultValue("10s") @NotNull Duration readTimeout,
		@DefaultValue("3s") @NotNull Duration directoryPageSpacing,
		@DefaultValue @Valid @NotNull SocketModeProperties socketMode) {

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
				+ directoryPageSpacing + ", socketMode=" + socketMode + "]";
	}

}
