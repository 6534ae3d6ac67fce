package dev.steward.chat.slack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards {@code /slack/events}: checks the request signature (HMAC-SHA256 over {@code v0:<ts>:<body>}, compared in
 * constant time) and a timestamp within five minutes either way, answering 401 otherwise; and answers 400 to a body
 * that is neither a form with a command or payload nor JSON, before Bolt sees it.
 */
class SlackSignatureFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SlackSignatureFilter.class);

	private static final Duration MAX_SKEW = Duration.ofMinutes(5);

	private static final int MAX_BODY = 1 << 20;

	private final byte[] secret;

	private final Clock wallClock;

	private final JsonMapper json;

	SlackSignatureFilter(String signingSecret, Clock wallClock, JsonMapper json) {
		this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
		this.wallClock = wallClock;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		if (!isSigned(request, body)) {
			log.warn("Rejected a Slack request with a missing, stale or wrong signature");
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "invalid signature");
			return;
		}
		if (body.length > MAX_BODY || !isWellFormed(request.getContentType(), new String(body, StandardCharsets.UTF_8))) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST, "malformed body");
			return;
		}
		chain.doFilter(new CachedBodyRequest(request, body), response);
	}

	private boolean isSigned(HttpServletRequest request, byte[] body) {
		String timestamp = request.getHeader("X-Slack-Request-Timestamp");
		String signature = request.getHeader("X-Slack-Signature");
		if (timestamp == null || signature == null) {
			return false;
		}
		long seconds;
		try {
			seconds = Long.parseLong(timestamp);
		}
		catch (NumberFormatException ex) {
			return false;
		}
		if (Math.abs(wallClock.instant().getEpochSecond() - seconds) > MAX_SKEW.toSeconds()) {
			return false;
		}
		byte[] expected = ("v0=" + sign(timestamp, body)).getBytes(StandardCharsets.UTF_8);
		return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
	}

	private String sign(String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private boolean isWellFormed(String contentType, String body) {
		if (contentType != null && contentType.startsWith("application/json")) {
			return isJsonObject(body);
		}
		for (String pair : body.split("&")) {
			int equals = pair.indexOf('=');
			String name = equals < 0 ? pair : pair.substring(0, equals);
			if (name.equals("command")) {
				return true;
			}
			if (name.equals("payload") && equals > 0) {
				try {
					return isJsonObject(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
				}
				catch (IllegalArgumentException ex) {
					return false;
				}
			}
		}
		return false;
	}

	private boolean isJsonObject(String text) {
		try {
			return json.readTree(text).isObject();
		}
		catch (JacksonException ex) {
			return false;
		}
	}

	/** Serves the body that was read for verification to Bolt again. */
	private static final class CachedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("synchronous reads only");
				}

			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(
					new java.io.InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
		}

	}

}
