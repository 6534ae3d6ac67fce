package dev.steward.support;

import java.time.Instant;
import java.time.ZoneOffset;

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
 * run by hand, and waiting for the delivery queue to send what is due.
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

	/** Freezes the clock, runs one tick, and waits until the queue has sent everything due. */
	protected void tickAt(Instant instant) {
		clock.freezeAt(instant);
		tick.run();
		awaitQueueDrained();
	}

	protected void awaitQueueDrained() {
		await().untilAsserted(() -> assertThat(jdbc
			.sql("select count(*) from delivery where status in ('PENDING', 'SENDING') and next_attempt_at <= :now")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single()).isZero());
	}

}
