package dev.steward.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;

/** Keeps a minimum spacing between messages to one conversation, per platform, and remembers Retry-After waits. */
final class ConversationPacer {

	private final Map<Platform, Duration> spacing;

	private final Cache<String, Window> notBefore = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(10))
		.maximumSize(100_000)
		.build();

	ConversationPacer(Map<Platform, Duration> spacing) {
		this.spacing = spacing;
	}

	/**
	 * When the next message to the conversation may go; at or before {@code now} means it may go now. A wait
	 * recorded after {@code now} (the clock was set back) no longer applies.
	 */
	Instant nextAllowed(Conversation to, Instant now) {
		Window window = notBefore.getIfPresent(to.key());
		return (window == null || window.recordedAt().isAfter(now)) ? now : window.until();
	}

	void sent(Conversation to, Instant now) {
		notBefore.put(to.key(), new Window(now, now.plus(spacing.getOrDefault(to.platform(), Duration.ZERO))));
	}

	void throttled(Conversation to, Instant now, Instant until) {
		notBefore.put(to.key(), new Window(now, until));
	}

	/** A wait recorded at one instant that lasts until another. */
	private record Window(Instant recordedAt, Instant until) {

	}

}
