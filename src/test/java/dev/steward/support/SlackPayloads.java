package dev.steward.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.json.JsonMapper;

/** Fills the Slack payload fixtures in {@code src/test/resources/slack} with a test's values. */
public final class SlackPayloads {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AtomicLong SEQUENCE = new AtomicLong();

	private SlackPayloads() {
	}

	/**
	 * The prefix followed by a number no other request of this JVM carries, as Slack makes each trigger id, action
	 * time and event id its own; two requests alike to the byte would be one request replayed.
	 */
	public static String unique(String prefix) {
		return prefix + SEQUENCE.incrementAndGet();
	}

	/** The fields of a slash command in the workspace, each with a trigger id of its own, as Slack's are. */
	public static Map<String, String> command(String teamId, String command, String text, String userId,
			String channelId, String channelName) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("token", "legacy-verification-token");
		fields.put("team_id", teamId);
		fields.put("team_domain", "acme");
		fields.put("channel_id", channelId);
		fields.put("channel_name", channelName);
		fields.put("user_id", userId);
		fields.put("user_name", userId.toLowerCase());
		fields.put("command", command);
		fields.put("text", text);
		fields.put("api_app_id", "A0STEWARD");
		fields.put("response_url", "http://localhost/unused");
		fields.put("trigger_id", unique("trigger-" + userId + "-"));
		return fields;
	}

	public static String buttonPress(String userId, String actionId, String value, String responseUrl) {
		return fill("block_actions.json", Map.of("user", userId, "username", userId.toLowerCase(), "triggerId",
				"trigger-" + userId, "responseUrl", responseUrl, "actionId", actionId, "value", value, "actionTs",
				unique("1700000001.")));
	}

	/**
	 * An Events API callback from the workspace carrying the event in {@code events/<name>.json}, filled with the
	 * values, under an event id of its own.
	 */
	public static String event(String name, String teamId, Map<String, String> values) {
		Map<String, String> inner = new LinkedHashMap<>(values);
		inner.putIfAbsent("team", teamId);
		return fill("events/envelope.json",
				Map.of("team", teamId, "eventId", unique("Ev0EDGE"), "event", fill("events/" + name + ".json", inner)));
	}

	/** A fixture as it is, such as a callback Slack posts outside the Events API envelope. */
	public static String fixture(String name) {
		return fill(name, Map.of());
	}

	/** An interactive payload of a kind Steward has no listener for, from {@code interactivity/<name>.json}. */
	public static String interactive(String name, String userId) {
		return fill("interactivity/" + name + ".json", Map.of("user", userId, "username", userId.toLowerCase(),
				"triggerId", unique("trigger-" + userId + "-")));
	}

	/** A direct message to the bot, as an Events API callback. */
	public static String directMessage(String userId, String text, String eventId) {
		return fill("event_callback.json", Map.of("user", userId, "text", escape(text), "eventId", eventId));
	}

	/** A reply in a channel message's thread, as an Events API callback. */
	public static String threadReply(String userId, String channel, String threadTs, String text, String eventId) {
		return fill("thread_reply.json", Map.of("user", userId, "channel", channel, "threadTs", threadTs, "text",
				escape(text), "eventId", eventId));
	}

	/**
	 * A modal submission. Each value is a plain text input unless its field is named in {@code users} (a
	 * multi-users select), {@code multi} (a multi static select) or {@code single} (a static select).
	 */
	public static String submission(String userId, String callbackId, String metadata, Map<String, List<String>> values,
			List<String> users, List<String> multi, List<String> single) {
		Map<String, Object> state = new LinkedHashMap<>();
		List<Object> blocks = new ArrayList<>();
		values.forEach((field, list) -> {
			Map<String, Object> value = new LinkedHashMap<>();
			if (users.contains(field)) {
				value.put("type", "multi_users_select");
				value.put("selected_users", list);
			}
			else if (multi.contains(field)) {
				value.put("type", "multi_static_select");
				value.put("selected_options", list.stream().map(SlackPayloads::option).toList());
			}
			else if (single.contains(field)) {
				value.put("type", "static_select");
				value.put("selected_option", option(list.get(0)));
			}
			else {
				value.put("type", "plain_text_input");
				value.put("value", list.isEmpty() ? null : list.get(0));
			}
			state.put(field, Map.of(field, value));
			blocks.add(Map.of("type", "input", "block_id", field, "label",
					Map.of("type", "plain_text", "text", field), "element", Map.of("type", "plain_text_input",
							"action_id", field)));
		});
		return fill("view_submission.json", Map.of("user", userId, "username", userId.toLowerCase(), "triggerId",
				unique("trigger-" + userId + "-"), "callbackId", callbackId, "metadata", escape(metadata), "values",
				JSON.writeValueAsString(state), "blocks", JSON.writeValueAsString(blocks)));
	}

	private static Map<String, Object> option(String value) {
		return Map.of("text", Map.of("type", "plain_text", "text", value), "value", value);
	}

	private static String escape(String text) {
		String quoted = JSON.writeValueAsString(text);
		return quoted.substring(1, quoted.length() - 1);
	}

	private static String fill(String fixture, Map<String, String> values) {
		String text = read(fixture);
		for (Map.Entry<String, String> value : values.entrySet()) {
			text = text.replace("${" + value.getKey() + "}", value.getValue());
		}
		return text.strip();
	}

	private static String read(String fixture) {
		try (InputStream in = SlackPayloads.class.getResourceAsStream("/slack/" + fixture)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
