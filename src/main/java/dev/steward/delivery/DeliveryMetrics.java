package dev.steward.delivery;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * The delivery queue's metrics: deliveries by platform, kind and outcome, retries and 429s, and gauges of the dead and
 * expired messages an operator should look at.
 */
@Component
class DeliveryMetrics {

	private final MeterRegistry meters;

	DeliveryMetrics(MeterRegistry meters, DeliveryRepository repository) {
		this.meters = meters;
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
