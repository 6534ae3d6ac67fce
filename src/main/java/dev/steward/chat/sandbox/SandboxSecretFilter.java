package dev.steward.chat.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the sandbox's JSON API with its secret (registered only when one is set): a request without the
 * {@code X-Steward-Sandbox-Secret} header, or with another value (compared by digest in constant time, so not even
 * the length leaks), gets 401 and a reason.
 */
class SandboxSecretFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Steward-Sandbox-Secret";

	private static final Logger log = LoggerFactory.getLogger(SandboxSecretFilter.class);

	private final byte[] expected;

	private final JsonMapper json;

	SandboxSecretFilter(SandboxProperties properties, JsonMapper json) {
		this.expected = properties.hasSecret() ? digest(properties.secret()) : null;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String given = request.getHeader(HEADER);
		if (expected != null && given != null && MessageDigest.isEqual(expected, digest(given))) {
			chain.doFilter(request, response);
			return;
		}
		log.warn("Refused a sandbox API request to {} {} {}", request.getMethod(), request.getRequestURI(),
				given == null ? "without the sandbox secret" : "with a wrong sandbox secret");
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8);
		json.writeValue(response.getOutputStream(),
				Map.of("error", "This sandbox needs its secret (steward.sandbox.secret) in the " + HEADER + " header."));
	}

	private static byte[] digest(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
