package dev.steward.webhook;

import java.time.Duration;

import dev.steward.settings.PositiveDuration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * How webhooks are sent.
 *
 * @param allowPrivate whether a webhook URL may point at a loopback, link-local or private address; off, as protection
 * against server-side request forgery (tests turn it on to reach WireMock)
 * @param timeout how long a receiver has to answer one callback; one that does not is sent again with the same
 * webhook-id, which receivers use to ignore a repeat
 * @param lifetime how long a callback is retried before it is given up as expired
 */
@Validated
@ConfigurationProperties("steward.webhooks")
public record WebhookProperties(@DefaultValue("false") boolean allowPrivate,
		@DefaultValue("10s") @NotNull @PositiveDuration Duration timeout,
		@DefaultValue("3d") @NotNull @PositiveDuration Duration lifetime) {

}
