package dev.steward.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import dev.steward.chat.ChatGateways;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.ChatSendException;
import dev.steward.chat.Platform;
import dev.steward.chat.Workspaces;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries: claims each with a lease (so replicas share the queue without sending one twice), keeps
 * per-conversation spacing and platform limits, honours Retry-After, retries server errors and time-outs with
 * backoff, dead-letters what cannot be delivered, and says so when a recipient cannot be reached.
 */
@Component
public class DeliveryDispatcher {

	private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

	private static final Duration UPDATE_WAIT = Duration.ofSeconds(1);

	/** Teams' documented limits per bot and conversation (the 500 ms spacing alone would allow 7,200 an hour). */
	static final List<ConversationPacer.Limit> TEAMS_LIMITS = List.of(
			new ConversationPacer.Limit(7, Duration.ofSeconds(1)), new ConversationPacer.Limit(8, Duration.ofSeconds(2)),
			new ConversationPacer.Limit(60, Duration.ofSeconds(30)),
			new ConversationPacer.Limit(1800, Duration.ofHours(1)));

	private final DeliveryRepository repository;

	private final ChatGateways gateways;

	private final JsonMapper json;

	private final Clock clock;

	private final DeliveryProperties properties;

	private final Backoff backoff;

	private final ConversationPacer pacer;

	private final ApplicationEventPublisher events;

	private final Workspaces workspaces;

	DeliveryDispatcher(DeliveryRepository repository, ChatGateways gateways, JsonMapper json, Clock clock,
			DeliveryProperties properties, MeterRegistry meters, ApplicationEventPublisher events,
			Workspaces workspaces) {
		this.workspaces = workspaces;
		this.repository = repository;
		this.gateways = gateways;
		this.json = json;
		this.clock = clock;
		this.properties = properties;
		this.backoff = new Backoff(properties.initialBackoff(), properties.maxBackoff());
		this.pacer = new ConversationPacer(
				Map.of(Platform.SLACK, properties.slackSpacing(), Platform.TEAMS, properties.teamsSpacing()),
				Map.of(Platform.TEAMS, TEAMS_LIMITS));
		this.events = events;
		Gauge.builder("steward.delivery.dead", () -> repository.countByStatus(DeliveryStatus.DEAD))
			.description("Outgoing messages given up on")
			.register(meters);
	}

	@Scheduled(fixedDelayString = "${steward.delivery.poll-interval:1s}")
	void poll() {
		dispatchDue();
	}

	/** Sends what is due now; returns how many were sent. */
	public synchronized int dispatchDue() {
		Instant now = clock.instant();
		repository.releaseExpiredLeases(now);
		int sent = 0;
		for (long id : repository.dueIds(now, properties.batchSize())) {
			Optional<Delivery> claimed = repository.claim(id, now.plus(properties.lease()));
			if (claimed.isPresent() && dispatch(claimed.get(), clock.instant())) {
				sent++;
			}
		}
		return sent;
	}

	private boolean dispatch(Delivery delivery, Instant now) {
		if (workspaces.isDisabled(delivery.to().platform(), delivery.to().workspaceId())) {
			repository.markDead(delivery.id(), delivery.attempts(), "workspace uninstalled");
			log.info("Dropped {}: its workspace removed Steward", delivery.key());
			return false;
		}
		Instant allowed = pacer.nextAllowed(delivery.to(), now);
		if (allowed.isAfter(now)) {
			repository.reschedule(delivery.id(), delivery.attempts(), allowed, null);
			return false;
		}
		try {
			String ref = send(delivery);
			if (ref == null) {
				return false;
			}
			repository.markSent(delivery.id(), ref, clock.instant());
			pacer.sent(delivery.to(), clock.instant());
			log.info("Delivered {} to {}", delivery.key(), delivery.to().key());
			return true;
		}
		catch (ChatSendException ex) {
			failed(delivery, ex, now);
			return false;
		}
		catch (RuntimeException ex) {
			failed(delivery, new ChatSendException(ChatSendException.Kind.TRANSIENT, ex.toString()), now);
			return false;
		}
	}

	/** Sends the delivery; null when an update must wait for its original post. */
	private String send(Delivery delivery) throws ChatSendException {
		ChatMessage message = json.readValue(delivery.payload(), ChatMessage.class);
		if (delivery.operation() == Delivery.Operation.POST) {
			return gateways.forPlatform(delivery.to().platform()).send(delivery.to(), message);
		}
		DeliveryRepository.Sent original = repository.find(delivery.targetKey())
			.orElseThrow(() -> new ChatSendException(ChatSendException.Kind.PERMANENT,
					"nothing was posted under " + delivery.targetKey()));
		if (original.status() == DeliveryStatus.DEAD) {
			throw new ChatSendException(ChatSendException.Kind.PERMANENT, delivery.targetKey() + " was never posted");
		}
		if (original.status() != DeliveryStatus.SENT) {
			repository.reschedule(delivery.id(), delivery.attempts(), clock.instant().plus(UPDATE_WAIT), null);
			return null;
		}
		gateways.forPlatform(delivery.to().platform()).update(delivery.to(), original.messageRef(), message);
		return original.messageRef();
	}

	private void failed(Delivery delivery, ChatSendException ex, Instant now) {
		switch (ex.kind()) {
			case RATE_LIMITED -> {
				Duration wait = ex.retryAfter() != null ? ex.retryAfter() : backoff.after(1);
				pacer.throttled(delivery.to(), now, now.plus(wait));
				repository.reschedule(delivery.id(), delivery.attempts(), now.plus(wait), ex.getMessage());
				log.warn("Rate limited sending {}; retrying in {}", delivery.key(), wait);
			}
			case TRANSIENT -> retryOrGiveUp(delivery, ex, now);
			case PERMANENT -> {
				repository.markDead(delivery.id(), delivery.attempts() + 1, ex.getMessage());
				log.error("Gave up on {} to {}: {}", delivery.key(), delivery.to().key(), ex.getMessage());
			}
			case UNREACHABLE -> {
				repository.markDead(delivery.id(), delivery.attempts() + 1, ex.getMessage());
				log.warn("Gave up on {}: {} cannot be reached ({})", delivery.key(), delivery.to().key(),
						ex.getMessage());
				events.publishEvent(new RecipientUnreachable(delivery.to(), ex.getMessage(), now));
			}
		}
	}

	private void retryOrGiveUp(Delivery delivery, ChatSendException ex, Instant now) {
		int attempts = delivery.attempts() + 1;
		if (attempts >= properties.maxAttempts()) {
			repository.markDead(delivery.id(), attempts, ex.getMessage());
			log.error("Gave up on {} after {} attempts: {}", delivery.key(), attempts, ex.getMessage());
			return;
		}
		Duration wait = backoff.after(attempts);
		repository.reschedule(delivery.id(), attempts, now.plus(wait), ex.getMessage());
		log.warn("Sending {} failed ({}); attempt {} in {}", delivery.key(), ex.getMessage(), attempts + 1, wait);
	}

}
