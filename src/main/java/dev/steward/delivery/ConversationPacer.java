package dev.steward.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;

/**
 * Keeps a minimum spacing between messages to one conversation, per platform, holds each conversation to its
 * platform's sliding-window limits (Teams: 7 a second, 60 in 30 seconds, ...), and remembers Retry-After waits.
 */
final class ConversationPacer {

	/** At most {@code count} messages in any window of {@code per}. */
	record Limit(int count, Duration per) {

	}

	private final Map<Platform, Duration> spacing;

	private final Map<Platform, List<Limit>> limits;

	private final Cache<String, Window> notBefore = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(10))
		.maximumSize(100_000)
		.build();

	private final Cache<String, Deque<Instant>> recent;

	ConversationPacer(Map<Platform, Duration> spacing, Map<Platform, List<Limit>> limits) {
		this.spacing = spacing;
		this.limits = limits;
		Duration longest = limits.values()
			.stream()
			.flatMap(List::stream)
			.map(Limit::per)
			.max(Duration::compareTo)
			.orElse(Duration.ofMinutes(1));
		this.recent = Caffeine.newBuilder().expireAfterAccess(longest).maximumSize(100_000).build();
	}

	/**
	 * When the next message to the conversation may go; at or before {@code now} means it may go now. A wait
	 * recorded after {@code now} (the clock was set back) no longer applies.
	 */
	Instant nextAllowed(Conversation to, Instant now) {
		Window window = notBefore.getIfPresent(to.key());
		Instant allowed = (window == null || window.recordedAt().isAfter(now)) ? now : window.until();
		Deque<Instant> sent = recent.getIfPresent(to.key());
		if (sent == null) {
			return allowed;
		}
		synchronized (sent) {
			sent.removeIf(now::isBefore);
			List<Instant> times = List.copyOf(sent);
			for (Limit limit : limits.getOrDefault(to.platform(), List.of())) {
				if (times.size() >= limit.count()) {
					Instant free = times.get(times.size() - limit.count()).plus(limit.per());
					allowed = free.isAfter(allowed) ? free : allowed;
				}
			}
		}
		return allowed;
	}

	void sent(Conversation to, Instant now) {
		notBefore.put(to.key(), new Window(now, now.plus(spacing.getOrDefault(to.platform(), Duration.ZERO))));
		List<Limit> platformLimits = limits.getOrDefault(to.platform(), List.of());
		if (platformLimits.isEmpty()) {
			return;
		}
		Deque<Instant> sent = recent.get(to.key(), (key) -> new ArrayDeque<>());
		synchronized (sent) {
			sent.addLast(now);
			forget(sent, now, platformLimits);
		}
	}

	void throttled(Conversation to, Instant now, Instant until) {
		notBefore.put(to.key(), new Window(now, until));
	}

	/** Drops the sends that no window can count any more. */
	private static void forget(Deque<Instant> sent, Instant now, List<Limit> limits) {
		int keep = limits.stream().mapToInt(Limit::count).max().orElse(0);
		Duration longest = limits.stream().map(Limit::per).max(Duration::compareTo).orElse(Duration.ZERO);
		while (sent.size() > keep) {
			sent.removeFirst();
		}
		Iterator<Instant> oldest = sent.iterator();
		while (oldest.hasNext() && !oldest.next().plus(longest).isAfter(now)) {
			oldest.remove();
		}
	}

	/** A wait recorded at one instant that lasts until another. */
	private record Window(Instant recordedAt, Instant until) {

	}

}
