package dev.steward.support.fault;

import java.time.Duration;

/**
 * At most {@code count} accepted calls in any window of {@code per}, as the platforms publish their limits.
 *
 * @param count the calls a window holds
 * @param per the length of the sliding window
 */
public record Limit(int count, Duration per) {

	public static Limit perSecond(int count) {
		return new Limit(count, Duration.ofSeconds(1));
	}

	public static Limit perMinute(int count) {
		return new Limit(count, Duration.ofMinutes(1));
	}

	public static Limit perHour(int count) {
		return new Limit(count, Duration.ofHours(1));
	}

}
