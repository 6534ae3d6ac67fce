package dev.steward.support.fault;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The messages posted to each channel with Slack's timestamps, and the history and duplicate views of them. */
final class SlackMessages {

	static final String BOT_USER = "UBOT";

	static final String BOT_ID = "BBOT";

	private final List<SlackMessage> posted = new ArrayList<>();

	private long lastMicros;

	/** The channel a message to the recipient lands in: a user's DM {@code D<user>}, a channel itself, else null. */
	static String channelFor(String recipient) {
		if (recipient == null || recipient.isEmpty()) {
			return null;
		}
		return switch (recipient.charAt(0)) {
			case 'U', 'W' -> "D" + recipient;
			case 'C', 'G', 'D' -> recipient;
			default -> null;
		};
	}

	SlackMessage post(String workspace, String channel, String text, String blocks, String metadata, Instant at) {
		JsonNode parsed = Json.readOrNull(metadata);
		String key = (parsed != null && parsed.path("event_payload").path("key").isString())
				? parsed.path("event_payload").path("key").asString() : null;
		SlackMessage message = new SlackMessage(workspace, channel, nextTs(at), text, blocks, metadata, key, at, 0);
		posted.add(message);
		return message;
	}

	/** The message after the update, or null when the channel has no message with the ts. */
	SlackMessage update(String channel, String ts, String text, String blocks) {
		for (int i = 0; i < posted.size(); i++) {
			SlackMessage message = posted.get(i);
			if (message.channel().equals(channel) && message.ts().equals(ts)) {
				SlackMessage edited = message.edited(text, blocks);
				posted.set(i, edited);
				return edited;
			}
		}
		return null;
	}

	List<SlackMessage> in(String channel) {
		return posted.stream().filter((message) -> message.channel().equals(channel)).toList();
	}

	List<SlackMessage> all() {
		return List.copyOf(posted);
	}

	/**
	 * The channel's messages newest first, after {@code oldest} and before {@code latest} (either may be null), and
	 * before the ts a page cursor names (empty for none).
	 * @throws NumberFormatException for a timestamp that is not one
	 */
	List<SlackMessage> history(String channel, String oldest, String latest, boolean inclusive, String pageBefore) {
		long after = (oldest != null) ? micros(oldest) : Long.MIN_VALUE;
		long before = (latest != null) ? micros(latest) : Long.MAX_VALUE;
		long pageEnd = pageBefore.isEmpty() ? Long.MAX_VALUE : micros(pageBefore);
		return in(channel).stream().filter((message) -> {
			long ts = micros(message.ts());
			boolean inRange = inclusive ? (ts >= after && ts <= before) : (ts > after && ts < before);
			return inRange && ts < pageEnd;
		}).sorted(Comparator.comparing((SlackMessage message) -> micros(message.ts())).reversed()).toList();
	}

	/** Keys delivered more than once anywhere, and texts posted more than once to one channel. */
	List<Duplicate> duplicates() {
		List<Duplicate> found = new ArrayList<>();
		Map<String, List<SlackMessage>> byKey = new LinkedHashMap<>();
		Map<String, List<SlackMessage>> byText = new LinkedHashMap<>();
		for (SlackMessage message : posted) {
			if (message.key() != null) {
				byKey.computeIfAbsent(message.key(), (key) -> new ArrayList<>()).add(message);
			}
			if (message.text() != null && !message.text().isBlank()) {
				byText.computeIfAbsent(message.channel() + "\n" + message.text(), (key) -> new ArrayList<>())
					.add(message);
			}
		}
		byKey.forEach((key, messages) -> repeated(found, Duplicate.By.KEY, key, messages));
		byText.forEach((key, messages) -> repeated(found, Duplicate.By.TEXT, messages.get(0).text(), messages));
		return found;
	}

	void clear() {
		posted.clear();
	}

	/** The message as {@code conversations.history} shows it; its metadata only when asked for. */
	static ObjectNode json(SlackMessage message, boolean withMetadata) {
		ObjectNode node = Json.object()
			.put("type", "message")
			.put("user", BOT_USER)
			.put("bot_id", BOT_ID)
			.put("team", message.workspace())
			.put("text", message.text())
			.put("ts", message.ts());
		JsonNode blocks = Json.readOrNull(message.blocks());
		if (blocks != null) {
			node.set("blocks", blocks);
		}
		if (message.edits() > 0) {
			node.putObject("edited").put("user", BOT_USER).put("ts", message.ts());
		}
		JsonNode metadata = Json.readOrNull(message.metadata());
		if (withMetadata && metadata != null) {
			node.set("metadata", metadata);
		}
		return node;
	}

	private static void repeated(List<Duplicate> found, Duplicate.By by, String value, List<SlackMessage> messages) {
		if (messages.size() > 1) {
			found.add(new Duplicate(by, messages.get(0).channel(), value, messages.size()));
		}
	}

	/** A timestamp from the clock's microseconds, always after the last one given. */
	private String nextTs(Instant at) {
		long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
		lastMicros = Math.max(micros, lastMicros + 1);
		return "%d.%06d".formatted(lastMicros / 1_000_000, lastMicros % 1_000_000);
	}

	/** A Slack timestamp in microseconds; fewer than six decimals count as written. */
	private static long micros(String ts) {
		int dot = ts.indexOf('.');
		if (dot < 0) {
			return Long.parseLong(ts) * 1_000_000;
		}
		String fraction = (ts.substring(dot + 1) + "000000").substring(0, 6);
		return Long.parseLong(ts.substring(0, dot)) * 1_000_000 + Long.parseLong(fraction);
	}

}
