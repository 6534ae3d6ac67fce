package dev.steward.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Conversation;

import org.springframework.stereotype.Component;

/**
 * Where features put every scheduled outgoing message. Each has an idempotency key: enqueueing a key twice is a
 * no-op, so a repeated tick or a second replica never sends twice. Joins the caller's transaction, so a feature's
 * "already sent" marker and the message commit together. Each message says how long it stays useful.
 */
@Component
public class DeliveryQueue {

	private static final Logger log = LoggerFactory.getLogger(DeliveryQueue.class);

	private final DeliveryRepository repository;

	private final JsonMapper json;

	private final Clock clock;

	private final DeliveryProperties properties;

	DeliveryQueue(DeliveryRepository repository, JsonMapper json, Clock clock, DeliveryProperties properties) {
		this.repository = repository;
		this.json = json;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Queues a notice (a confirmation, an answer to someone's action) that stays useful for the default lifetime.
	 * @return true when queued, false when a delivery with this key exists already
	 */
	public boolean post(String key, Conversation to, ChatMessage message) {
		return post(key, to, message, notice());
	}

	/**
	 * Queues a new message that stays useful as long as the lifetime says.
	 * @return true when queued, false when a delivery with this key exists already
	 */
	public boolean post(String key, Conversation to, ChatMessage message, Lifetime lifetime) {
		boolean queued = repository.insert(new DeliveryRepository.Row(key, to, Delivery.Operation.POST, null,
				json.writeValueAsString(message), lifetime, clock.instant()));
		log.debug("{} {}", queued ? "Queued" : "Already queued", key);
		return queued;
	}

	/**
	 * Queues many new messages in one batch (a stand-up's prompts); one whose key was queued already is left as it
	 * is. Returns how many were queued.
	 */
	public int postAll(List<Outgoing> messages) {
		Instant now = clock.instant();
		int queued = repository.insertAll(messages.stream()
			.map((outgoing) -> new DeliveryRepository.Row(outgoing.key(), outgoing.to(), Delivery.Operation.POST, null,
					json.writeValueAsString(outgoing.message()), outgoing.lifetime(), now))
			.toList());
		log.debug("Queued {} of {} messages", queued, messages.size());
		return queued;
	}

	/**
	 * A message to queue with {@link #postAll}.
	 *
	 * @param key its idempotency key
	 * @param to where it goes
	 * @param message what it says
	 * @param lifetime what it is and until when it is worth sending
	 */
	public record Outgoing(String key, Conversation to, ChatMessage message, Lifetime lifetime) {

	}

	/**
	 * Queues a replacement for the message posted under {@code targetKey}; it is sent after that one.
	 * @return true when queued, false when a delivery with this key exists already
	 */
	public boolean update(String key, String targetKey, Conversation in, ChatMessage message) {
		return update(key, targetKey, in, message, notice());
	}

	/** As above, useful as long as the lifetime says. */
	public boolean update(String key, String targetKey, Conversation in, ChatMessage message, Lifetime lifetime) {
		return repository.insert(new DeliveryRepository.Row(key, in, Delivery.Operation.UPDATE, targetKey,
				json.writeValueAsString(message), lifetime, clock.instant()));
	}

	/**
	 * Queues a reply in the thread of the message posted under {@code parentKey} (a Slack thread, a Teams reply chain);
	 * it is sent after that one.
	 * @return true when queued, false when a delivery with this key exists already
	 */
	public boolean reply(String key, String parentKey, Conversation in, ChatMessage message, Lifetime lifetime) {
		return repository.insert(new DeliveryRepository.Row(key, in, Delivery.Operation.REPLY, parentKey,
				json.writeValueAsString(message), lifetime, clock.instant()));
	}

	/** The key of the message Steward posted that the platform calls {@code messageRef}, if it posted one. */
	public Optional<String> keyPostedAs(String messageRef) {
		return repository.keyPostedAs(messageRef);
	}

	/** Whether a message was queued under the key (it may not have been sent yet). */
	public boolean exists(String key) {
		return repository.find(key).isPresent();
	}

	private Lifetime notice() {
		Instant now = clock.instant();
		return new Lifetime(DeliveryKind.NOTICE, null, now.plus(properties.defaultLifetime()));
	}

}
