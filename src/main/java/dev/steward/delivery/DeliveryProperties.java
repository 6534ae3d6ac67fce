package dev.steward.delivery;

import java.time.Duration;

import dev.steward.settings.NonNegativeDuration;
import dev.steward.settings.PositiveDuration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Settings of the outgoing message queue.
 *
 * @param pollInterval how often the dispatcher looks for due messages
 * @param batchSize how many messages one claim takes at most
 * @param concurrency how many messages one instance sends at the same time (to different conversations)
 * @param initialBackoff the wait after the first failure; it doubles per attempt, with jitter
 * @param maxBackoff the longest wait between attempts; a message is retried at this pace until it expires
 * @param lease how long a claimed message stays claimed without being renewed; a dead instance's messages are taken
 * over after it
 * @param leaseRenewal how often an instance renews the leases of what it is sending; well under the lease
 * @param defaultLifetime how long a message stays useful when its sender did not say (confirmations, notices)
 * @param maxRetryAfter the longest Retry-After Steward honours; a longer (or absurd) one is capped and logged
 * @param slack the Slack budgets
 * @param teams the Teams budgets
 */
@Validated
@ConfigurationProperties("steward.delivery")
public record DeliveryProperties(@DefaultValue("1s") @NotNull @PositiveDuration Duration pollInterval,
		@DefaultValue("50") @Min(1) @Max(1000) int batchSize, @DefaultValue("8") @Min(1) @Max(64) int concurrency,
		@DefaultValue("2s") @NotNull @PositiveDuration Duration initialBackoff,
		@DefaultValue("5m") @NotNull @PositiveDuration Duration maxBackoff,
		@DefaultValue("30s") @NotNull @PositiveDuration Duration lease,
		@DefaultValue("10s") @NotNull @PositiveDuration Duration leaseRenewal,
		@DefaultValue("1d") @NotNull @PositiveDuration Duration defaultLifetime,
		@DefaultValue("10m") @NotNull @PositiveDuration Duration maxRetryAfter, @DefaultValue @Valid Slack slack,
		@DefaultValue @Valid Teams teams) {

	public DeliveryProperties {
		if (positive(lease) && positive(leaseRenewal) && leaseRenewal.multipliedBy(2).compareTo(lease) > 0) {
			throw new InvalidConfigurationPropertyValueException("steward.delivery.lease-renewal", leaseRenewal,
					"must be at most half of steward.delivery.lease (" + lease + "), or a slow send loses its lease");
		}
		if (positive(initialBackoff) && positive(maxBackoff) && initialBackoff.compareTo(maxBackoff) > 0) {
			throw new InvalidConfigurationPropertyValueException("steward.delivery.initial-backoff", initialBackoff,
					"must not be longer than steward.delivery.max-backoff (" + maxBackoff + ")");
		}
	}

	/** Whether a duration is set and positive; others are refused by validation, which names them. */
	private static boolean positive(Duration duration) {
		return duration != null && duration.compareTo(Duration.ZERO) > 0;
	}

	/**
	 * Slack's published limits, per workspace unless said otherwise.
	 *
	 * @param postsPerMinute {@code chat.postMessage} per workspace ("several hundred per minute"; raise it if your
	 * workspace allows more)
	 * @param channelSpacing the least time between two posts to one conversation (about one per second)
	 * @param updatesPerMinute {@code chat.update}, tier 3
	 * @param historyPerMinute {@code conversations.history} (duplicate checks), tier 3
	 * @param uploadsPerMinute file uploads, tier 2
	 */
	public record Slack(@DefaultValue("600") @Min(1) int postsPerMinute,
			@DefaultValue("1s") @NotNull @NonNegativeDuration Duration channelSpacing, @DefaultValue("50") @Min(1) int updatesPerMinute,
			@DefaultValue("50") @Min(1) int historyPerMinute, @DefaultValue("20") @Min(1) int uploadsPerMinute) {

	}

	/**
	 * The Bot Framework's published limits for a bot in Teams.
	 *
	 * @param perTenantPerSecond requests per second per app and tenant
	 * @param perConversationPerSecond messages to one conversation in any second
	 * @param perConversationPerTwoSeconds in any two seconds
	 * @param perConversationPerThirtySeconds in any thirty seconds
	 * @param perConversationPerHour in any hour
	 */
	public record Teams(@DefaultValue("50") @Min(1) int perTenantPerSecond,
			@DefaultValue("7") @Min(1) int perConversationPerSecond,
			@DefaultValue("8") @Min(1) int perConversationPerTwoSeconds,
			@DefaultValue("60") @Min(1) int perConversationPerThirtySeconds,
			@DefaultValue("1800") @Min(1) int perConversationPerHour) {

	}

}
