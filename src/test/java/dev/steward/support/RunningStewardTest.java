package dev.steward.support;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;

import dev.steward.delivery.DeliveryDispatcher;
import dev.steward.scheduling.AdjustableClock;
import dev.steward.scheduling.Tick;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every test of a running Steward shares, whatever platform it speaks: the port, the frozen clock, the tick
 * run by hand, and waiting for the deliveries an action queued, and only those, to be sent.
 */
public abstract class RunningStewardTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected AdjustableClock clock;

	@Autowired
	protected Tick tick;

	@Autowired
	protected DeliveryDispatcher dispatcher;

	@Autowired
	protected JdbcClient jdbc;

	@AfterEach
	void resumeClock() {
		clock.reset();
	}

	/** Freezes the clock, runs one tick, and waits until the deliveries that tick queued are sent. */
	protected void tickAt(Instant instant) {
		clock.freezeAt(instant);
		awaitingDeliveries(tick::run);
	}

	/**
	 * Runs the action, which queues deliveries before it returns (a tick, a signed request whose handling is done
	 * when it is answered), and waits until each of those deliveries that is due has been sent or given up.
	 */
	protected <T> T awaitingDeliveries(Supplier<T> action) {
		long mark = deliveryMark();
		T result = action.get();
		awaitDeliveriesAfter(mark);
		return result;
	}

	/**
	 * Waits until every delivery queued so far and due by the clock is sent or given up. Only for after actions that
	 * queue before they return; for work queued in the background, wait for that delivery itself.
	 */
	protected void awaitQueuedDeliveries() {
		awaitDeliveriesAfter(0);
	}

	/** The id of the latest delivery so far; deliveries queued after it have higher ids. */
	protected long deliveryMark() {
		return jdbc.sql("select coalesce(max(id), 0) from delivery").query(Long.class).single();
	}

	/** Waits until every delivery queued after the mark and due by the clock is sent or given up. */
	protected void awaitDeliveriesAfter(long mark) {
		await().untilAsserted(() -> assertThat(jdbc
			.sql("select count(*) from delivery where id > :mark and status in ('PENDING', 'SENDING') "
					+ "and next_attempt_at <= :now")
			.param("mark", mark)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single()).isZero());
	}

	/** Waits until the delivery with the key exists and is sent or given up; returns its status. */
	protected String awaitDelivery(String key) {
		await().untilAsserted(() -> assertThat(jdbc
			.sql("select count(*) from delivery where idempotency_key = :key and status in ('SENT', 'DEAD')")
			.param("key", key)
			.query(Long.class)
			.single()).isOne());
		return jdbc.sql("select status from delivery where idempotency_key = :key").param("key", key)
			.query(String.class)
			.single();
	}

}
