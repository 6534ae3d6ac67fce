package dev.steward.chat.slack;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides, before Bolt reads a signed request, whether it is a slash command, interactive payload or event callback
 * shaped as Slack documents it, or something Steward has no listener for and only acknowledges. A NUL character
 * anywhere rejects the request: Slack's clients cannot type one and PostgreSQL cannot store one in text.
 */
final class SlackRequestValidator {

	/** Slack's ids (team, user, channel) are short runs of letters and digits. */
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9_.-]{1,128}");

	private static final Pattern COMMAND = Pattern.compile("/\\S{1,63}");

	/** As long as a name Steward stores (a member's display name, a team's name) may be. */
	private static final int MAX_NAME = 200;

	private final JsonMapper json;

	SlackRequestValidator(JsonMapper json) {
		this.json = json;
	}

	Verdict check(String contentType, String body) {
		if (contentType != null && contentType.startsWith("application/json")) {
			JsonNode root = object(body);
			return root != null ? callback(root) : Verdict.reject("malformed body");
		}
		Map<String, String> form = form(body);
		if (form == null) {
			return Verdict.reject("malformed body");
		}
		if (form.values().stream().anyMatch((value) -> value.indexOf('\0') >= 0)) {
			return Verdict.reject("NUL character in a field");
		}
		if (form.containsKey("payload")) {
			JsonNode payload = object(form.get("payload"));
			return payload != null ? interaction(payload) : Verdict.reject("malformed payload");
		}
		if (form.containsKey("command")) {
			return command(form);
		}
		return form.containsKey("ssl_check") ? Verdict.pass(Kind.OTHER) : Verdict.reject("malformed body");
	}

	private static Verdict command(Map<String, String> form) {
		for (String field : List.of("team_id", "user_id", "channel_id")) {
			if (!isId(form.get(field))) {
				return Verdict.reject("missing or malformed " + field);
			}
		}
		for (String field : List.of("user_name", "channel_name")) {
			if (form.getOrDefault(field, "").length() > MAX_NAME) {
				return Verdict.reject(field + " too long");
			}
		}
		return COMMAND.matcher(form.get("command")).matches() ? Verdict.pass(Kind.COMMAND)
				: Verdict.reject("malformed command");
	}

	private Verdict interaction(JsonNode payload) {
		String type = string(payload, "type");
		if (type == null) {
			return Verdict.reject("payload without a type");
		}
		if (!SlackListeners.INTERACTIONS.contains(type)) {
			return Verdict.ignore(Kind.INTERACTION, "interactive payload " + printable(type));
		}
		if (hasNul(payload)) {
			return Verdict.reject("NUL character in a field");
		}
		JsonNode user = payload.path("user");
		if (!isId(string(user, "id")) || string(user, "username", "").length() > MAX_NAME) {
			return Verdict.reject("missing or malformed user");
		}
		if (!isId(teamOf(payload))) {
			return Verdict.reject("missing or malformed team");
		}
		return type.equals(BlockActionPayload.TYPE) ? action(payload) : submission(payload);
	}

	/** The team the person acts in: an org-wide install may send no team, only the user's own. */
	private static String teamOf(JsonNode payload) {
		String team = string(payload.path("team"), "id");
		return team != null ? team : string(payload.path("user"), "team_id");
	}

	private static Verdict action(JsonNode payload) {
		JsonNode actions = payload.path("actions");
		if (!actions.isArray() || actions.size() != 1 || string(actions.get(0), "action_id", "").isBlank()) {
			return Verdict.reject("expected one action with an action_id");
		}
		JsonNode channel = payload.path("channel");
		if (channel.isObject() && !isId(string(channel, "id"))) {
			return Verdict.reject("malformed channel");
		}
		return Verdict.pass(Kind.INTERACTION);
	}

	private static Verdict submission(JsonNode payload) {
		JsonNode view = payload.path("view");
		if (!view.isObject() || string(view, "type") == null || string(view, "callback_id") == null) {
			return Verdict.reject("missing or malformed view");
		}
		return Verdict.pass(Kind.INTERACTION);
	}

	private Verdict callback(JsonNode root) {
		String type = string(root, "type");
		if (type == null) {
			return Verdict.reject("payload without a type");
		}
		if (hasNul(root)) {
			return Verdict.reject("NUL character in a field");
		}
		return switch (type) {
			case "url_verification" -> Verdict.pass(Kind.OTHER);
			case "event_callback" -> event(root);
			default -> Verdict.ignore(Kind.OTHER, "callback " + printable(type));
		};
	}

	private static Verdict event(JsonNode root) {
		JsonNode event = root.path("event");
		if (!event.isObject() || string(event, "type") == null) {
			return Verdict.reject("event_callback without an event");
		}
		if (!matches(EVENT_ID, string(root, "event_id"))) {
			return Verdict.reject("missing or malformed event_id");
		}
		if (!isId(string(root, "team_id"))) {
			return Verdict.reject("missing or malformed team_id");
		}
		for (String field : List.of("subtype", "text")) {
			JsonNode value = event.path(field);
			if (!value.isMissingNode() && !value.isNull() && !value.isString()) {
				return Verdict.reject("event " + field + " is not a string");
			}
		}
		return Verdict.pass(Kind.EVENT);
	}

	/**
	 * Reads the form as Bolt does (a pair counts only as {@code name=value}, names trimmed); null when a pair cannot
	 * be decoded, has a second raw {@code =}, or repeats a name, since Bolt and this check might then read different
	 * values.
	 */
	private static Map<String, String> form(String body) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			String[] parts = pair.split("=", -1);
			if (parts.length > 2) {
				return null;
			}
			try {
				String name = URLDecoder.decode(parts[0].trim().replaceAll("\\n+", ""), StandardCharsets.UTF_8);
				String value = parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
				if (fields.put(name, value) != null) {
					return null;
				}
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return fields;
	}

	private JsonNode object(String text) {
		try {
			JsonNode node = json.readTree(text);
			return node.isObject() ? node : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static String string(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value != null && value.isString() ? value.asString() : null;
	}

	private static String string(JsonNode node, String field, String absent) {
		String value = string(node, field);
		return value != null ? value : absent;
	}

	private static boolean isId(String value) {
		return matches(ID, value);
	}

	private static boolean matches(Pattern pattern, String value) {
		return value != null && pattern.matcher(value).matches();
	}

	/** Whether a NUL is in any name or text of the tree. */
	private static boolean hasNul(JsonNode node) {
		if (node.isString()) {
			return node.asString().indexOf('\0') >= 0;
		}
		for (String name : node.propertyNames()) {
			if (name.indexOf('\0') >= 0) {
				return true;
			}
		}
		for (JsonNode child : node.values()) {
			if (hasNul(child)) {
				return true;
			}
		}
		return false;
	}

	/** A type name fit for a log line, whatever the request carried. */
	static String printable(String type) {
		String cleaned = type.replaceAll("[^A-Za-z0-9_.:-]", "?");
		return cleaned.length() <= 64 ? cleaned : cleaned.substring(0, 64) + "\u2026";
	}

	/** What a request is; a replayed event is answered differently from a replayed command or interaction. */
	enum Kind {

		COMMAND, INTERACTION, EVENT, OTHER

	}

	/** Pass the request to Bolt, acknowledge and ignore it, or reject it. */
	enum Action {

		PASS, IGNORE, REJECT

	}

	/**
	 * The decision about one request.
	 *
	 * @param action what to do with it
	 * @param kind what it is
	 * @param reason why it is ignored or rejected, in words safe to log and to answer with
	 */
	record Verdict(Action action, Kind kind, String reason) {

		static Verdict pass(Kind kind) {
			return new Verdict(Action.PASS, kind, null);
		}

		static Verdict ignore(Kind kind, String reason) {
			return new Verdict(Action.IGNORE, kind, reason);
		}

		static Verdict reject(String reason) {
			return new Verdict(Action.REJECT, Kind.OTHER, reason);
		}

	}

}
