package dev.steward.scheduling;

import java.time.Duration;

import dev.steward.settings.PositiveDuration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * How long Steward keeps what it only needs for a while.
 *
 * @param sentPayloads how long a sent message keeps its content (the row and its key stay, so it is never sent again)
 * @param processedEvents how long the keys of handled platform events and card submissions are kept to spot retries
 * @param sandboxMessages how long the sandbox chat keeps its messages
 * @param interval how often the retention job runs
 */
@Validated
@ConfigurationProperties("steward.retention")
public record RetentionProperties(@DefaultValue("14d") @NotNull @PositiveDuration Duration sentPayloads,
		@DefaultValue("1d") @NotNull @PositiveDuration Duration processedEvents,
		@DefaultValue("30d") @NotNull @PositiveDuration Duration sandboxMessages,
		@DefaultValue("1h") @NotNull @PositiveDuration Duration interval) {

}
