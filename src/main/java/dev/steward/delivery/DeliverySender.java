package dev.steward.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import dev.steward.chat.Block;
import dev.steward.chat.ChatGateway;
import dev.steward.chat.ChatGateways;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.ChatSendException;
import dev.steward.chat.SentCheck;

import org.springframework.stereotype.Component;

/**
 * Sends one claimed delivery: finds out first whether an earlier attempt with an unknown outcome arrived, waits for
 * the platform's budgets, records that the attempt is leaving, sends (a multi-part message step by step, so a retry
 * resumes where it stopped), and hands the outcome to {@link Outcomes}.
 */
@Component
class DeliverySender {

	private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);

	/** Waits for a budget up to this long on the sending thread; longer waits put the message back in the queue. */
	private static final Duration WAIT_IN_PLACE = Duration.ofSeconds(2);

	/** How far before the first attempt a duplicate check looks, for clocks that disagree a little. */
	private static final Duration CHECK_SKEW = Duration.ofMinutes(2);

	private final DeliveryRepository repository;

	private final ChatGateways gateways;

	private final RateGate gate;

	private final Budgets budgets;

	private final Outcomes outcomes;

	private final JsonMapper json;

	private final Clock clock;

	DeliverySender(DeliveryRepository repository, ChatGateways gateways, RateGate gate, Budgets budgets,
			Outcomes outcomes, JsonMapper json, Clock clock) {
		this.repository = repository;
		this.gateways = gateways;
		this.gate = gate;
		this.budgets = budgets;
		this.outcomes = outcomes;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Sends the delivery and records what happened; true when it was delivered. Its log lines carry the delivery's key
	 * and team in the MDC ({@code delivery}, {@code team}).
	 */
	boolean process(Delivery delivery) {
		try (MDC.MDCCloseable key = MDC.putCloseable("delivery", delivery.key());
				MDC.MDCCloseable team = MDC.putCloseable("team",
						(delivery.teamId() == null) ? null : delivery.teamId().toString())) {
			return send(delivery);
		}
	}

	private boolean send(Delivery delivery) {
		Instant now = clock.instant();
		if (!now.isBefore(delivery.expiresAt())) {
			outcomes.expired(delivery, "no longer useful");
			return false;
		}
		try {
			ChatGateway gateway = gateways.forPlatform(delivery.to().platform());
			if (delivery.uncertain() && arrivedAlready(gateway, delivery)) {
				return true;
			}
			return switch (delivery.operation()) {
				case POST -> post(gateway, delivery);
				case UPDATE -> update(gateway, delivery);
				case REPLY -> reply(gateway, delivery);
			};
		}
		catch (ChatSendException ex) {
			outcomes.failed(delivery, ex, callOf(delivery));
			return false;
		}
		catch (Waiting ex) {
			outcomes.waiting(delivery, ex.wait);
			return false;
		}
		catch (RuntimeException ex) {
			outcomes.failed(delivery, new ChatSendException(ChatSendException.Kind.TRANSIENT, ex.toString()),
					callOf(delivery));
			return false;
		}
	}

	/** Asks the platform whether an attempt whose outcome was unknown arrived; marks it sent if it did. */
	private boolean arrivedAlready(ChatGateway gateway, Delivery delivery) throws ChatSendException {
		if (delivery.step() != null) {
			return false;
		}
		Instant since = (delivery.firstAttemptAt() == null ? clock.instant() : delivery.firstAttemptAt())
			.minus(CHECK_SKEW);
		SentCheck check = call(Budgets.Call.FIND, delivery, () -> (delivery.operation() == Delivery.Operation.REPLY)
				? gateway.findReply(delivery.to(), sentTarget(delivery).messageRef(), delivery.key(), since)
				: gateway.findSent(delivery.to(), delivery.key(), since));
		if (check.outcome() == SentCheck.Outcome.FOUND) {
			repository.markSent(delivery.id(), check.messageRef(), clock.instant(), null);
			log.info("{} had arrived after all; not sending it again", delivery.describe());
			return true;
		}
		if (check.outcome() == SentCheck.Outcome.CANNOT_TELL) {
			log.info("{} may have arrived; {} cannot tell, so it is sent again", delivery.describe(),
					delivery.to().platform());
		}
		return false;
	}

	private boolean post(ChatGateway gateway, Delivery delivery) throws ChatSendException {
		ChatMessage message = json.readValue(delivery.payload(), ChatMessage.class);
		List<Block.Image> images = message.blocks().stream().filter(Block.Image.class::isInstance)
			.map(Block.Image.class::cast).toList();
		boolean separate = gateway.attachesSeparately() && !images.isEmpty();
		String ref = delivery.messageRef();
		if (delivery.step() == null) {
			ref = call(Budgets.Call.POST, delivery, () -> {
				repository.startAttempt(delivery.id(), clock.instant());
				return gateway.send(delivery.to(), message, delivery.key());
			});
			if (separate) {
				String posted = ref;
				record(() -> repository.markPosted(delivery.id(), posted));
			}
		}
		String note = separate ? attach(gateway, delivery, ref, images) : null;
		String sent = ref;
		record(() -> repository.markSent(delivery.id(), sent, clock.instant(), note));
		outcomes.sent(delivery);
		return true;
	}

	/**
	 * Records that a part went out; when the database fails just then, the send's outcome is unknown to the queue,
	 * so the retry looks it up first instead of sending it twice.
	 */
	private static void record(Runnable step) throws ChatSendException {
		try {
			step.run();
		}
		catch (RuntimeException ex) {
			throw new ChatSendException(ChatSendException.Kind.UNKNOWN, "sent, but could not record it: " + ex);
		}
	}

	/** Attaches the pictures; one the platform will never take is noted, not retried, since the text is out. */
	private String attach(ChatGateway gateway, Delivery delivery, String ref, List<Block.Image> images)
			throws ChatSendException {
		String note = null;
		for (Block.Image image : images) {
			try {
				call(Budgets.Call.ATTACH, delivery, () -> {
					gateway.attach(delivery.to(), ref, image);
					return null;
				});
			}
			catch (ChatSendException ex) {
				if (ex.kind() != ChatSendException.Kind.PERMANENT) {
					throw ex;
				}
				note = "sent without " + image.name() + ": " + ex.getMessage();
				log.warn("{} went out without its picture {}: {}", delivery.describe(), image.name(), ex.getMessage());
			}
		}
		return note;
	}

	/** The message an update or a reply is about, once sent; until then the update or reply waits. */
	private DeliveryRepository.Sent sentTarget(Delivery delivery) throws ChatSendException {
		DeliveryRepository.Sent original = repository.find(delivery.targetKey())
			.orElseThrow(() -> new ChatSendException(ChatSendException.Kind.PERMANENT,
					"nothing was posted under " + delivery.targetKey()));
		if (original.status() == DeliveryStatus.DEAD || original.status() == DeliveryStatus.EXPIRED) {
			throw new ChatSendException(ChatSendException.Kind.PERMANENT, delivery.targetKey() + " was never posted");
		}
		if (original.status() != DeliveryStatus.SENT) {
			throw new Waiting(Duration.ofSeconds(1));
		}
		return original;
	}

	private boolean reply(ChatGateway gateway, Delivery delivery) throws ChatSendException {
		DeliveryRepository.Sent parent = sentTarget(delivery);
		ChatMessage message = json.readValue(delivery.payload(), ChatMessage.class);
		String ref = call(Budgets.Call.POST, delivery, () -> {
			repository.startAttempt(delivery.id(), clock.instant());
			return gateway.reply(delivery.to(), parent.messageRef(), message, delivery.key());
		});
		record(() -> repository.markSent(delivery.id(), ref, clock.instant(), null));
		outcomes.sent(delivery);
		return true;
	}

	private boolean update(ChatGateway gateway, Delivery delivery) throws ChatSendException {
		DeliveryRepository.Sent original = sentTarget(delivery);
		call(Budgets.Call.UPDATE, delivery, () -> {
			repository.startAttempt(delivery.id(), clock.instant());
			gateway.update(delivery.to(), original.messageRef(), json.readValue(delivery.payload(), ChatMessage.class));
			return null;
		});
		record(() -> repository.markSent(delivery.id(), original.messageRef(), clock.instant(), null));
		outcomes.sent(delivery);
		return true;
	}

	/**
	 * Makes one platform call within its budgets; when it was the probe after a pause and was answered other than
	 * with a 429, lets the others go again.
	 */
	private <T> T call(Budgets.Call call, Delivery delivery, PlatformCall<T> platformCall) throws ChatSendException {
		RateGate.Admission admission = admit(call, delivery);
		T result;
		try {
			result = platformCall.run();
		}
		catch (ChatSendException ex) {
			if (ex.kind() != ChatSendException.Kind.RATE_LIMITED) {
				gate.probed(admission);
			}
			throw ex;
		}
		gate.probed(admission);
		return result;
	}

	/** Waits for the call's budgets: briefly in place, otherwise by putting the message back until they refill. */
	private RateGate.Admission admit(Budgets.Call call, Delivery delivery) {
		RateGate.Admission admission = gate.acquire(budgets.of(call, delivery.to()));
		if (admission.admitted()) {
			return admission;
		}
		if (admission.waitFor().compareTo(WAIT_IN_PLACE) > 0) {
			throw new Waiting(admission.waitFor());
		}
		pause(admission.waitFor());
		admission = gate.acquire(budgets.of(call, delivery.to()));
		if (!admission.admitted()) {
			throw new Waiting(admission.waitFor());
		}
		return admission;
	}

	/** A call to the platform. */
	@FunctionalInterface
	private interface PlatformCall<T> {

		T run() throws ChatSendException;

	}

	private static void pause(Duration wait) {
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Waiting(wait);
		}
	}

	private static Budgets.Call callOf(Delivery delivery) {
		if (delivery.operation() == Delivery.Operation.UPDATE) {
			return Budgets.Call.UPDATE;
		}
		return Delivery.POSTED.equals(delivery.step()) ? Budgets.Call.ATTACH : Budgets.Call.POST;
	}

	/** A budget is empty or paused: the message waits in the queue, which is not a failure. */
	static final class Waiting extends RuntimeException {

		private final Duration wait;

		Waiting(Duration wait) {
			super(null, null, false, false);
			this.wait = wait;
		}

	}

}
