package dev.steward.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Settings of the outgoing message queue.
 *
 * @param pollInterval how often the dispatcher looks for due messages
 * @param batchSize how many messages one poll claims at most
 * @param maxAttempts failed attempts (server errors, time-outs) before a message is dead-lettered
 * @param initialBackoff the wait after the first failure; it doubles per attempt, with jitter
 * @param maxBackoff the longest wait between attempts
 * @param lease how long a claimed message stays claimed before another instance may take it over
 * @param slackSpacing the least time between two messages to one Slack conversation (Slack allows about one per
 * second per channel)
 * @param teamsSpacing the least time between two messages to one Teams conversation (Teams allows 7 per second
 * and 60 per 30 seconds)
 */
@Validated
@ConfigurationProperties("steward.delivery")
public record DeliveryProperties(@DefaultValue("1s") @NotNull Duration pollInterval,
		@DefaultValue("50") @Min(1) int batchSize, @DefaultValue("8") @Min(1) int maxAttempts,
		@DefaultValue("2s") @NotNull Duration initialBackoff, @DefaultValue("10m") @NotNull Duration maxBackoff,
		@DefaultValue("2m") @NotNull Duration lease, @DefaultValue("1s") @NotNull Duration slackSpacing,
		@DefaultValue("500ms") @NotNull Duration teamsSpacing) {

}
