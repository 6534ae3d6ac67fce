package dev.steward.chat.slack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.request.SocketModeRequest;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.steward.chat.slack.SlackRequestValidator.Action;
import dev.steward.chat.slack.SlackRequestValidator.Verdict;

/**
 * Answers one Socket Mode envelope as {@code /slack/events} answers the same request: checked by
 * {@link SlackRequestValidator}, handled once whichever replica it reaches, run through the same Bolt app, and
 * acknowledged by its envelope id with what the HTTP response would have carried. What it cannot use (a malformed or
 * unknown envelope, one seen before) is acknowledged and logged at DEBUG.
 */
final class SocketModeEnvelopes {

	private static final Logger log = LoggerFactory.getLogger(SocketModeEnvelopes.class);

	private static final String FORM = "application/x-www-form-urlencoded";

	private static final Set<String> REQUESTS = Set.of("events_api", "slash_commands", "interactive");

	private final JsonMapper json;

	private final SlackRequestValidator validator;

	private final SeenRequests seen;

	private final BoltRunner runner;

	private final SocketModeRequestParser parser;

	SocketModeEnvelopes(JsonMapper json, SeenRequests seen, BoltRunner runner) {
		this.json = json;
		this.validator = new SlackRequestValidator(json);
		this.seen = seen;
		this.runner = runner;
		this.parser = new SocketModeRequestParser(runner.app().config());
	}

	/** The acknowledgement to send back, if any: none for a message without an id or one to be sent again. */
	Optional<String> answer(JsonNode envelope) {
		String type = SlackRequestValidator.printable(envelope.path("type").asString(""));
		String id = envelope.path("envelope_id").asString(null);
		if (id == null || id.isBlank()) {
			log.debug("Ignored a Socket Mode message of type {} without an envelope id", type);
			return Optional.empty();
		}
		if (!REQUESTS.contains(type)) {
			log.debug("Acknowledged a Socket Mode envelope of a type Steward does not know: {}", type);
			return ack(id, null);
		}
		Verdict verdict = check(type, envelope.get("payload"));
		if (verdict.action() != Action.PASS) {
			log.debug("Acknowledged and ignored a Socket Mode {} envelope: {}", type, verdict.reason());
			return ack(id, null);
		}
		if (!seen.firstTime(id)) {
			log.debug("Acknowledged a Socket Mode {} envelope seen before without handling it again", type);
			return ack(id, null);
		}
		return handle(id, type, envelope);
	}

	private Optional<String> handle(String id, String type, JsonNode envelope) {
		Request<?> request = boltRequest(envelope);
		if (request == null) {
			log.debug("Acknowledged a Socket Mode {} envelope Bolt could not read", type);
			return ack(id, null);
		}
		Response response = runner.run(request);
		if (response.getStatusCode() == 503) {
			seen.forget(id);
			return Optional.empty();
		}
		if (response.getStatusCode() != 200) {
			log.debug("Acknowledged a Socket Mode {} envelope Bolt answered with {}", type, response.getStatusCode());
			return ack(id, null);
		}
		return ack(id, response);
	}

	/** Checks the payload as the signature filter checks the same request sent over HTTP. */
	private Verdict check(String type, JsonNode payload) {
		if (payload == null || !payload.isObject()) {
			return Verdict.reject("malformed payload");
		}
		return switch (type) {
			case "events_api" -> validator.check("application/json", payload.toString());
			case "slash_commands" -> validator.check(FORM, form(payload));
			default -> validator.check(FORM, "payload=" + encode(payload.toString()));
		};
	}

	private static String form(JsonNode payload) {
		return payload.properties()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue().asString("")))
			.collect(Collectors.joining("&"));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private Request<?> boltRequest(JsonNode envelope) {
		try {
			SocketModeRequest parsed = parser.parse(envelope.toString());
			return parsed == null ? null : parsed.getBoltRequest();
		}
		catch (RuntimeException ex) {
			log.debug("Bolt could not read a Socket Mode envelope: {}", ex.toString());
			return null;
		}
	}

	/** The acknowledgement, carrying the response's body as its payload when it has one, as Bolt's own does. */
	private Optional<String> ack(String id, Response response) {
		ObjectNode ack = json.createObjectNode().put("envelope_id", id);
		String body = response == null ? null : response.getBody();
		if (body != null && !body.isBlank()) {
			ack.set("payload", payload(response.getContentType(), body));
		}
		return Optional.of(ack.toString());
	}

	private JsonNode payload(String contentType, String body) {
		if (contentType != null && contentType.startsWith("application/json")) {
			try {
				return json.readTree(body);
			}
			catch (JacksonException ex) {
				log.debug("Sent Bolt's answer as text, since it was not JSON: {}", ex.getOriginalMessage());
			}
		}
		return json.createObjectNode().put("text", body);
	}

}
