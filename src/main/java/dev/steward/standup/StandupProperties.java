package dev.steward.standup;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Defaults for new stand-ups and the scheduling windows.
 *
 * @param promptTime the default prompt time
 * @param reportTime the default report time
 * @param reminderDelay the default delay before a reminder
 * @param zone the default team zone
 * @param catchUp how late a prompt or report may still go out after its time, when the service was down
 */
@Validated
@ConfigurationProperties("steward.standup")
record StandupProperties(@DefaultValue("09:30") @NotNull LocalTime promptTime,
		@DefaultValue("11:00") @NotNull LocalTime reportTime, @DefaultValue("60m") @NotNull Duration reminderDelay,
		@DefaultValue("UTC") @NotNull ZoneId zone, @DefaultValue("4h") @NotNull Duration catchUp) {

}
