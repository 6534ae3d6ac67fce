package dev.steward.impediment;

import java.time.Duration;

import dev.steward.settings.PositiveDuration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * How change requests are triaged.
 *
 * @param triageAfter how much of the team's working time a change request may wait for an assessment before its PMs
 * are reminded, once
 */
@Validated
@ConfigurationProperties("steward.change-requests")
record ChangeRequestProperties(@DefaultValue("8h") @NotNull @PositiveDuration Duration triageAfter) {

}
