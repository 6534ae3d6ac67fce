package dev.steward.chat.slack;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Capped exponential backoff with jitter: the wait before the n-th attempt in a row (from 0) is drawn from the upper
 * half of {@code initial * 2^n}, never more than the cap, so a dropped connection is retried soon and a lasting
 * failure at most once per cap, by each replica at a different moment.
 */
final class Backoff {

	private final long initialMillis;

	private final long maxMillis;

	private final RandomGenerator random;

	Backoff(Duration initial, Duration max, RandomGenerator random) {
		this.initialMillis = initial.toMillis();
		this.maxMillis = max.toMillis();
		this.random = random;
	}

	Duration delay(int attempt) {
		long ceiling = initialMillis;
		for (int doubled = 0; doubled < attempt && ceiling < maxMillis; doubled++) {
			ceiling *= 2;
		}
		ceiling = Math.min(ceiling, maxMillis);
		long floor = ceiling / 2;
		return Duration.ofMillis(floor + random.nextLong(ceiling - floor + 1));
	}

}
