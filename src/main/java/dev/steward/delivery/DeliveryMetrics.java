package dev.steward.delivery;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;

import org.springframework.stereotype.Component;

/**
 * The delivery queue's metrics: deliveries by platform, kind and outcome, retries and 429s, the queue's depth and the
 * age of its oldest due message, and gauges of the dead and expired messages an operator should look at.
 */
@Component
class DeliveryMetrics {

	private final MeterRegistry meters;

	DeliveryMetrics(MeterRegistry meters, DeliveryRepository repository, Clock clock) {
		this.meters = meters;
		Gauge.builder("steward.delivery.queue.depth", () -> repository.countByStatus(DeliveryStatus.PENDING))
			.description("Outgoing messages waiting to be sent, due now or retrying later")
			.register(meters);
		TimeGauge
			.builder("steward.delivery.queue.oldest.due.age",
					() -> repository.oldestDueAge(clock.instant()).toMillis(), TimeUnit.MILLISECONDS)
			.description("How long the longest-waiting due message has waited; zero when none is due")
			.register(meters);
		Gauge.builder("steward.delivery.dead", () -> repository.countByStatus(DeliveryStatus.DEAD))
			.description("Outgoing messages given up on because the platform said they can never arrive")
			.register(meters);
		Gauge.builder("steward.delivery.expired", () -> repository.countByStatus(DeliveryStatus.EXPIRED))
			.description("Outgoing messages not delivered while they were useful")
			.register(meters);
	}

	void outcome(Delivery delivery, String outcome) {
		counter("steward.deliveries", delivery, "outcome", outcome).increment();
	}

	void retried(Delivery delivery) {
		counter("steward.delivery.retries", delivery, "reason", "failure").increment();
	}

	void rateLimited(Delivery delivery) {
		counter("steward.delivery.retries", delivery, "reason", "rate_limited").increment();
	}

	private Counter counter(String name, Delivery delivery, String tag, String value) {
		return Counter.builder(name)
			.tag("platform", delivery.to().platform().key())
			.tag("kind", delivery.kind().name().toLowerCase(Locale.ROOT))
			.tag(tag, value)
			.register(meters);
	}

}
