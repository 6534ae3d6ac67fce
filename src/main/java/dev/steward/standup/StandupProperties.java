package dev.steward.standup;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import dev.steward.settings.PositiveDuration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Defaults for new stand-ups and the scheduling windows.
 *
 * @param promptTime the default prompt time; before the report time
 * @param reportTime the default report time
 * @param reminderDelay the default delay before a reminder; the reminder must come before the report
 * @param zone the default team zone
 * @param catchUp how late a prompt or report may still go out after its time, when the service was down
 */
@Validated
@ConfigurationProperties("steward.standup")
record StandupProperties(@DefaultValue("09:30") @NotNull LocalTime promptTime,
		@DefaultValue("11:00") @NotNull LocalTime reportTime,
		@DefaultValue("60m") @NotNull @PositiveDuration Duration reminderDelay, @DefaultValue("UTC") @NotNull ZoneId zone,
		@DefaultValue("4h") @NotNull @PositiveDuration Duration catchUp) {

	StandupProperties {
		if (promptTime != null && reportTime != null && !promptTime.isBefore(reportTime)) {
			throw new InvalidConfigurationPropertyValueException("steward.standup.prompt-time", promptTime,
					"must be before steward.standup.report-time (" + reportTime + ")");
		}
		if (promptTime != null && reportTime != null && reminderDelay != null
				&& reminderDelay.compareTo(Duration.between(promptTime, reportTime)) >= 0) {
			throw new InvalidConfigurationPropertyValueException("steward.standup.reminder-delay", reminderDelay,
					"must end before steward.standup.report-time (" + reportTime + "): after the " + promptTime
							+ " prompt, the reminder would come at " + promptTime.plus(reminderDelay) + ", after the report");
		}
	}

}
