package dev.steward.support.fault;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

/** One HTTP request as the stand-ins read it: method, path, headers, body, and its query and form parameters. */
final class Request {

	private final String method;

	private final String path;

	private final Headers headers;

	private final byte[] body;

	private final Map<String, String> params;

	private Request(String method, String path, Headers headers, byte[] body, Map<String, String> params) {
		this.method = method;
		this.path = path;
		this.headers = headers;
		this.body = body;
		this.params = params;
	}

	static Request read(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		Map<String, String> params = new LinkedHashMap<>(decode(exchange.getRequestURI().getRawQuery()));
		String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
		if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
			params.putAll(decode(new String(body, StandardCharsets.UTF_8)));
		}
		return new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
				exchange.getRequestHeaders(), body, params);
	}

	String method() {
		return method;
	}

	String path() {
		return path;
	}

	/** The path's segments, each percent-decoded, without the empty one before the leading slash. */
	List<String> segments() {
		return Arrays.stream(path.split("/")).skip(1).map(Request::decodeSegment).toList();
	}

	byte[] body() {
		return body;
	}

	String text() {
		return new String(body, StandardCharsets.UTF_8);
	}

	/** The query and form parameters; a form field wins over a query parameter of the same name. */
	Map<String, String> params() {
		return params;
	}

	String param(String name) {
		return params.get(name);
	}

	/** The token in {@code Authorization: Bearer}, or a {@code token} parameter, or null. */
	String bearerToken() {
		String authorization = headers.getFirst("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return authorization.substring(7).strip();
		}
		return params.get("token");
	}

	private static Map<String, String> decode(String encoded) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (encoded == null || encoded.isEmpty()) {
			return fields;
		}
		for (String pair : encoded.split("&")) {
			int equals = pair.indexOf('=');
			String name = (equals < 0) ? pair : pair.substring(0, equals);
			String value = (equals < 0) ? "" : pair.substring(equals + 1);
			fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
					URLDecoder.decode(value, StandardCharsets.UTF_8));
		}
		return fields;
	}

	/** Percent-decodes a path segment, where a plus is a plus. */
	private static String decodeSegment(String segment) {
		return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

}
