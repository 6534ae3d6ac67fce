package dev.steward.chat.slack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.slack.SlackRequestValidator.Kind;
import dev.steward.chat.slack.SlackRequestValidator.Verdict;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards {@code /slack/events}: checks the request signature (HMAC-SHA256 over {@code v0:<ts>:<body>} with the current
 * or, during a rotation, the previous signing secret, compared in constant time) and a timestamp within five minutes
 * either way, answering 401 otherwise; then lets
 * {@link SlackRequestValidator} decide whether Bolt sees the request, answering 400 with a short reason to a body
 * Steward cannot act on and 200 to one it has no listener for; and lets each signed request through once.
 */
class SlackSignatureFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SlackSignatureFilter.class);

	private static final Duration MAX_SKEW = Duration.ofMinutes(5);

	private static final int MAX_BODY = 1 << 20;

	private final List<byte[]> secrets;

	private final Clock wallClock;

	private final SlackRequestValidator validator;

	private final SeenRequests signatures;

	/** Takes the secrets a request may be signed with, the current one first. */
	SlackSignatureFilter(List<String> signingSecrets, Clock wallClock, SlackRequestValidator validator,
			SeenRequests signatures) {
		this.secrets = signingSecrets.stream().map((secret) -> secret.getBytes(StandardCharsets.UTF_8)).toList();
		this.wallClock = wallClock;
		this.validator = validator;
		this.signatures = signatures;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		if (!isSigned(request, body)) {
			log.warn("Rejected a Slack request with a missing, stale or wrong signature");
			refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "invalid signature");
			return;
		}
		if (body.length > MAX_BODY) {
			refuse(response, HttpServletResponse.SC_BAD_REQUEST, "body too large");
			return;
		}
		Verdict verdict = validator.check(request.getContentType(), new String(body, StandardCharsets.UTF_8));
		switch (verdict.action()) {
			case REJECT -> {
				log.warn("Rejected a signed Slack request: {}", verdict.reason());
				refuse(response, HttpServletResponse.SC_BAD_REQUEST, verdict.reason());
			}
			case IGNORE -> {
				log.debug("Acknowledged and ignored a Slack {}", verdict.reason());
				response.setStatus(HttpServletResponse.SC_OK);
			}
			case PASS -> passOnOnce(new CachedBodyRequest(request, body), response, chain, verdict.kind());
		}
	}

	/**
	 * Passes the request on unless its signature was seen before. A replayed command or interaction gets 401; a
	 * replayed event gets 200, since Slack takes anything else as a failed delivery and sends it again.
	 */
	private void passOnOnce(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Kind kind)
			throws ServletException, IOException {
		if (kind == Kind.OTHER || signatures.firstTime(request.getHeader("X-Slack-Signature"))) {
			chain.doFilter(request, response);
		}
		else if (kind == Kind.EVENT) {
			log.debug("Acknowledged a replayed Slack event without handling it again");
			response.setStatus(HttpServletResponse.SC_OK);
		}
		else {
			log.warn("Rejected a replayed Slack {}", kind.name().toLowerCase(Locale.ROOT));
			refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "replayed request");
		}
	}

	/** Answers with the status and a short reason that names no part of the request. */
	private static void refuse(HttpServletResponse response, int status, String reason) throws IOException {
		response.setStatus(status);
		response.setContentType("text/plain;charset=UTF-8");
		response.getWriter().write(reason);
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
		boolean signed = false;
		for (byte[] secret : secrets) {
			byte[] expected = ("v0=" + sign(secret, timestamp, body)).getBytes(StandardCharsets.UTF_8);
			signed |= MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
		}
		return signed;
	}

	private static String sign(byte[] secret, String timestamp, byte[] body) {
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
