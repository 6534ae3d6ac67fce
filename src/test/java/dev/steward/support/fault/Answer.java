package dev.steward.support.fault;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;

/**
 * What a stand-in answers: a status, headers and a body, perhaps only after a delay, or a connection closed without
 * any answer.
 *
 * @param status the HTTP status
 * @param headers the response headers
 * @param body the response body
 * @param delay how long to wait, after handling the call, before answering; null for at once
 * @param hangUp whether to close the connection instead of answering
 */
record Answer(int status, Map<String, String> headers, byte[] body, Duration delay, boolean hangUp) {

	static Answer json(JsonNode body) {
		return json(200, Json.write(body));
	}

	static Answer json(int status, String body) {
		return of(status, "application/json; charset=utf-8", body);
	}

	static Answer of(int status, String contentType, String body) {
		return new Answer(status, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8), null,
				false);
	}

	static Answer hangingUp() {
		return new Answer(0, Map.of(), new byte[0], null, true);
	}

	Answer withHeader(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(headers);
		more.put(name, value);
		return new Answer(status, more, body, delay, hangUp);
	}

	/** This answer, given only after the delay; unchanged when the delay is null. */
	Answer delayedBy(Duration later) {
		return (later == null) ? this : new Answer(status, headers, body, later, hangUp);
	}

	void writeTo(HttpExchange exchange) throws IOException {
		headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
		exchange.sendResponseHeaders(status, (body.length == 0) ? -1 : body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
