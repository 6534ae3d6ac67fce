package dev.steward.command;

import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counts what people ask of Steward ({@code steward.inbound.requests}) by platform, type (command, action, form,
 * message) and outcome (handled, refused, unknown, unavailable, failed, ignored).
 */
@Component
class InboundMetrics {

	private final MeterRegistry meters;

	InboundMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	void count(Actor actor, String type, String outcome) {
		meters.counter("steward.inbound.requests", "platform", actor.platform().key(), "type", type, "outcome",
				outcome.toLowerCase(Locale.ROOT)).increment();
	}

}
