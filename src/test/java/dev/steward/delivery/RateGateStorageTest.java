package dev.steward.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.support.StorageTest;
import dev.steward.support.fault.ManualClock;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared token buckets as replicas use them: a replica whose clock reading is older than the bucket's last refill
 * (it read the clock, then waited for the row's lock) takes what is there and leaves the refill where it was, so no
 * stretch of time is refilled twice.
 */
class RateGateStorageTest extends StorageTest {

	private static final Instant TEN = Instant.parse("2026-11-23T09:00:10Z");

	private static final RateGate.Budget ONE_PER_SECOND = new RateGate.Budget("slack:T1:chat.postMessage", 2, 1);

	private final ManualClock clock = new ManualClock(TEN);

	private RateGate gate;

	@BeforeEach
	void emptyBudgets() {
		jdbc.sql("delete from rate_budget").update();
		gate = new RateGate(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)), clock);
	}

	@Test
	void aCallerWithAnOlderClockReadingDoesNotMoveTheRefillBack() {
		assertThat(gate.acquire(List.of(ONE_PER_SECOND)).admitted()).as("first of a burst of two").isTrue();

		clock.set(TEN.minusSeconds(1));
		assertThat(gate.acquire(List.of(ONE_PER_SECOND)).admitted()).as("second of the burst, read a second earlier")
			.isTrue();

		clock.set(TEN);
		RateGate.Admission third = gate.acquire(List.of(ONE_PER_SECOND));
		assertThat(third.admitted()).as("nothing refilled yet at the same instant").isFalse();
		assertThat(third.waitFor()).isEqualTo(Duration.ofSeconds(1));
	}

}
