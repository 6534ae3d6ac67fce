package dev.steward.api;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A token bucket per API token on this replica: it holds a minute's requests and refills evenly; a request that finds
 * it empty is told how long until there is room.
 */
final class RateLimits {

	private final int perMinute;

	private final Cache<Long, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(10))
		.maximumSize(100_000)
		.build();

	RateLimits(int perMinute) {
		this.perMinute = perMinute;
	}

	/** Takes one request from the token's bucket: null when allowed, else how long until one would be. */
	Duration take(long tokenId) {
		return buckets.get(tokenId, (id) -> new Bucket(perMinute)).take();
	}

	/** One token's bucket, measured on the monotonic clock. */
	private static final class Bucket {

		private final double capacity;

		private final double perNano;

		private double available;

		private long refilledAt = System.nanoTime();

		Bucket(int perMinute) {
			this.capacity = perMinute;
			this.perNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
			this.available = perMinute;
		}

		synchronized Duration take() {
			long now = System.nanoTime();
			available = Math.min(capacity, available + (now - refilledAt) * perNano);
			refilledAt = now;
			if (available >= 1) {
				available -= 1;
				return null;
			}
			return Duration.ofNanos((long) Math.ceil((1 - available) / perNano));
		}

	}

}
