package dev.steward.chat;

import java.time.Duration;

import dev.steward.settings.NonNegativeDuration;
import dev.steward.settings.PositiveDuration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Settings of user profiles: the directory of each workspace they come from, and the look-up of one person the
 * directory does not list.
 *
 * @param profileCacheTtl how long a profile looked up on its own is kept (a failed look-up is not repeated for a
 * twelfth of it)
 * @param directoryRefresh how often each replica reads every workspace's directory again
 * @param directoryRetry the wait after a failed directory read, doubling with each failure up to
 * {@code directoryRefresh}; also how often due reads are looked for
 * @param workspaceStatusTtl how soon other replicas see that a workspace removed Steward
 */
@Validated
@ConfigurationProperties("steward.chat")
public record ProfileProperties(@DefaultValue("1h") @NotNull @NonNegativeDuration Duration profileCacheTtl,
		@DefaultValue("1h") @NotNull @PositiveDuration Duration directoryRefresh,
		@DefaultValue("1m") @NotNull @PositiveDuration Duration directoryRetry,
		@DefaultValue("30s") @NotNull @PositiveDuration Duration workspaceStatusTtl) {

}
