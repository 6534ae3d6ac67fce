package dev.steward.scheduling;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Settings of the scheduled tick.
 *
 * @param enabled whether the tick runs on its own (tests turn it off and tick by hand)
 * @param tickInterval how often the tick asks each feature what is due
 * @param lockAtMost how long one instance may hold the tick's cluster lock if it dies mid-tick
 */
@Validated
@ConfigurationProperties("steward.scheduling")
public record SchedulingProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("30s") @NotNull Duration tickInterval, @DefaultValue("5m") @NotNull Duration lockAtMost) {

}
