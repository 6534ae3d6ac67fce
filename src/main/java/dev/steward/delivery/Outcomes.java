package dev.steward.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.ChatSendException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What happens to a delivery after an attempt: a rate limit pauses the budget it hit, for every replica, and waits;
 * a passing failure (or one whose outcome is unknown) is retried with capped exponential backoff and jitter for as
 * long as the message stays useful, then it expires; a permanent failure ends it at once; an unreachable recipient
 * is reported so nobody keeps writing to them.
 */
@Component
class Outcomes {

	private static final Logger log = LoggerFactory.getLogger(Outcomes.class);

	private final DeliveryRepository repository;

	private final RateGate gate;

	private final Budgets budgets;

	private final DeliveryProperties properties;

	private final Backoff backoff;

	private final ApplicationEventPublisher events;

	private final DeliveryMetrics metrics;

	private final Clock clock;

	Outcomes(DeliveryRepository repository, RateGate gate, Budgets budgets, DeliveryProperties properties,
			ApplicationEventPublisher events, DeliveryMetrics metrics, Clock clock) {
		this.repository = repository;
		this.gate = gate;
		this.budgets = budgets;
		this.properties = properties;
		this.backoff = new Backoff(properties.initialBackoff(), properties.maxBackoff());
		this.events = events;
		this.metrics = metrics;
		this.clock = clock;
	}

	void sent(Delivery delivery) {
		metrics.outcome(delivery, "sent");
		log.debug("Delivered {} to {}", delivery.describe(), delivery.to().key());
	}

	/** A budget is empty: back to the queue until it refills, without counting an attempt. */
	void waiting(Delivery delivery, Duration wait) {
		repository.reschedule(delivery.id(), delivery.attempts(), clock.instant().plus(wait), null,
				delivery.uncertain());
	}

	void failed(Delivery delivery, ChatSendException ex, Budgets.Call call) {
		Instant now = clock.instant();
		switch (ex.kind()) {
			case RATE_LIMITED -> rateLimited(delivery, ex, call, now);
			case TRANSIENT -> retry(delivery, ex.getMessage(), false, now);
			case UNKNOWN -> retry(delivery, ex.getMessage(), true, now);
			case PERMANENT -> end(delivery, DeliveryStatus.DEAD, ex.getMessage(), "dead");
			case UNREACHABLE -> {
				end(delivery, DeliveryStatus.DEAD, ex.getMessage(), "unreachable");
				events.publishEvent(new RecipientUnreachable(delivery.to(), ex.getMessage(), now));
			}
		}
	}

	/** The message is no longer useful: it ends as expired, for the operator to see. */
	void expired(Delivery delivery, String reason) {
		end(delivery, DeliveryStatus.EXPIRED, "expired: " + reason, "expired");
	}

	private void rateLimited(Delivery delivery, ChatSendException ex, Budgets.Call call, Instant now) {
		Duration wait = ex.retryAfter() == null ? properties.initialBackoff() : ex.retryAfter();
		if (wait.compareTo(properties.maxRetryAfter()) > 0) {
			log.warn("{} asked to wait {} before sending {}; waiting {} instead", delivery.to().platform(), wait,
					delivery.describe(), properties.maxRetryAfter());
			wait = properties.maxRetryAfter();
		}
		Instant until = now.plus(wait);
		gate.pause(budgets.method(call, delivery.to()), until);
		if (delivery.to().platform() == dev.steward.chat.Platform.TEAMS) {
			budgets.conversation(delivery.to()).forEach((budget) -> gate.pause(budget, until));
		}
		metrics.rateLimited(delivery);
		repository.reschedule(delivery.id(), delivery.attempts(), until, ex.getMessage(), delivery.uncertain());
		log.info("Rate limited sending {}; the {} budget waits {}", delivery.describe(), call, wait);
	}

	private void retry(Delivery delivery, String error, boolean uncertain, Instant now) {
		int attempts = delivery.attempts() + 1;
		Instant next = now.plus(backoff.after(attempts));
		if (!next.isBefore(delivery.expiresAt())) {
			end(delivery, DeliveryStatus.EXPIRED, "expired after " + attempts + " attempts: " + error, "expired");
			return;
		}
		metrics.retried(delivery);
		repository.reschedule(delivery.id(), attempts, next, error, uncertain || delivery.uncertain());
		log.info("Sending {} failed ({}{}); attempt {} at {}", delivery.describe(), error,
				uncertain ? ", it may have arrived" : "", attempts + 1, next);
	}

	private void end(Delivery delivery, DeliveryStatus status, String reason, String outcome) {
		repository.end(delivery.id(), status, delivery.attempts() + (status == DeliveryStatus.DEAD ? 1 : 0), reason);
		metrics.outcome(delivery, outcome);
		log.warn("Gave up on {} to {}: {}", delivery.describe(), delivery.to().key(), reason);
	}

}
