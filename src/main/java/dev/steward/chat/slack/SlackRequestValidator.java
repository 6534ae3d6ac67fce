package dev.steward.chat.slack;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides, before Bolt reads a signed request, whether it is a slash command, interactive payload or event callback
 * shaped as Slack documents it, or something Steward has no listener for and only acknowledges.
 */
final class SlackRequestValidator {

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
		if (form.containsKey("payload")) {
			JsonNode payload = object(form.get("payload"));
			return payload != null ? interaction(payload) : Verdict.reject("malformed payload");
		}
		if (form.containsKey("command")) {
			return Verdict.pass(Kind.COMMAND);
		}
		return form.containsKey("ssl_check") ? Verdict.pass(Kind.OTHER) : Verdict.reject("malformed body");
	}

	private Verdict interaction(JsonNode payload) {
		String type = string(payload, "type");
		if (type == null) {
			return Verdict.reject("payload without a type");
		}
		if (!SlackListeners.INTERACTIONS.contains(type)) {
			return Verdict.ignore(Kind.INTERACTION, "interactive payload " + printable(type));
		}
		return Verdict.pass(Kind.INTERACTION);
	}

	private Verdict callback(JsonNode root) {
		String type = string(root, "type");
		if (type == null) {
			return Verdict.reject("payload without a type");
		}
		return switch (type) {
			case "url_verification" -> Verdict.pass(Kind.OTHER);
			case "event_callback" -> Verdict.pass(Kind.EVENT);
			default -> Verdict.ignore(Kind.OTHER, "callback " + printable(type));
		};
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

	/** A type name fit for a log line, whatever the request carried. */
	private static String printable(String type) {
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
