package dev.steward.chat.slack;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How the Socket Mode connection is kept.
 *
 * @param initialBackoff the longest wait before the first reconnect after a connection ends; each further attempt in
 * a row may wait twice as long, and every wait is drawn at random from its upper half so replicas do not reconnect
 * in step
 * @param maxBackoff the cap on that wait; a connection that stayed up this long starts the count again
 * @param concurrency how many envelopes are handled at once
 */
public record SocketModeProperties(@DefaultValue("1s") @NotNull Duration initialBackoff,
		@DefaultValue("2m") @NotNull Duration maxBackoff, @DefaultValue("8") @Min(1) int concurrency) {

	@AssertTrue(message = "initial-backoff must be positive and no longer than max-backoff")
	boolean isBackoffValid() {
		return initialBackoff != null && maxBackoff != null && !initialBackoff.isNegative() && !initialBackoff.isZero()
				&& initialBackoff.compareTo(maxBackoff) <= 0;
	}

}
