package dev.steward.chat.slack;

import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The wait before a reconnect doubles with each attempt in a row, up to a cap, and is spread at random. */
class BackoffTest {

	private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(2), new Random(42));

	@Test
	void waitsWithinTheUpperHalfOfACeilingThatDoublesEachAttempt() {
		for (int attempt = 0; attempt <= 6; attempt++) {
			long ceiling = 1000L << attempt;
			for (int sample = 0; sample < 100; sample++) {
				assertThat(backoff.delay(attempt).toMillis()).as("attempt %d", attempt).isBetween(ceiling / 2, ceiling);
			}
		}
	}

	@Test
	void neverWaitsLongerThanTheCapHoweverManyAttempts() {
		for (int attempt : new int[] { 7, 8, 63, 64, Integer.MAX_VALUE }) {
			assertThat(backoff.delay(attempt)).isBetween(Duration.ofMinutes(1), Duration.ofMinutes(2));
		}
	}

	@Test
	void spreadsTheWaitsOfReplicasThatLostTheirConnectionsTogether() {
		long distinct = IntStream.range(0, 50).mapToObj((replica) -> backoff.delay(3)).distinct().count();

		assertThat(distinct).isGreaterThan(40);
	}

}
