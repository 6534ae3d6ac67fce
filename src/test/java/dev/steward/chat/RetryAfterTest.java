package dev.steward.chat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Retry-After as platforms send it, or get it wrong. */
class RetryAfterTest {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	@Test
	void wholeSecondsAreTheWait() {
		assertThat(RetryAfter.parse("7", NOW)).isEqualTo(Duration.ofSeconds(7));
		assertThat(RetryAfter.parse(" 3600 ", NOW)).as("capping is the caller's, which logs it")
			.isEqualTo(Duration.ofHours(1));
	}

	@Test
	void anHttpDateIsTheWaitUntilThen() {
		assertThat(RetryAfter.parse("Mon, 23 Nov 2026 09:00:30 GMT", NOW)).isEqualTo(Duration.ofSeconds(30));
		assertThat(RetryAfter.parse("Mon, 23 Nov 2026 08:00:00 GMT", NOW)).as("a date already past")
			.isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void zeroOrNegativeWaitsASecondAndNonsenseOrNothingLeavesTheDefaultToTheCaller() {
		assertThat(RetryAfter.parse("0", NOW)).isEqualTo(Duration.ofSeconds(1));
		assertThat(RetryAfter.parse("-5", NOW)).isEqualTo(Duration.ofSeconds(1));
		assertThat(RetryAfter.parse("soon", NOW)).isNull();
		assertThat(RetryAfter.parse("", NOW)).isNull();
		assertThat(RetryAfter.parse(null, NOW)).isNull();
	}

}
