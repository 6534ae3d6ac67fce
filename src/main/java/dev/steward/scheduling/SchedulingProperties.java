package dev.steward.scheduling;

import java.time.Duration;

import dev.steward.settings.PositiveDuration;

import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Settings of the scheduled tick.
 *
 * @param enabled whether the tick runs on its own (tests turn it off and tick by hand)
 * @param tickInterval how often the tick asks each feature what is due
 * @param lockAtMost how long the tick's cluster lock outlives an instance that died mid-tick (the living extend it
 * while they tick); at least 30 s
 * @param workers how many units (stand-ups, teams) one tick works on at once; each waits mostly on the database, so
 * a few at once finish a busy tick sooner without more CPU
 */
@Validated
@ConfigurationProperties("steward.scheduling")
public record SchedulingProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("30s") @NotNull @PositiveDuration Duration tickInterval,
		@DefaultValue("30s") @NotNull @DurationMin(seconds = 30, message = "must be at least 30s") Duration lockAtMost,
		@DefaultValue("4") @Min(1) @Max(32) int workers) {

}
