package dev.steward.delivery;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with full jitter, capped, so retries from many messages do not arrive in step. */
final class Backoff {

	private final Duration initial;

	private final Duration max;

	Backoff(Duration initial, Duration max) {
		this.initial = initial;
		this.max = max;
	}

	/** The wait after the given number of failed attempts (1 for the first failure). */
	Duration after(int attempts) {
		long ceiling = Math.min(max.toMillis(), initial.toMillis() << Math.min(attempts - 1, 20));
		long half = ceiling / 2;
		return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
	}

}
