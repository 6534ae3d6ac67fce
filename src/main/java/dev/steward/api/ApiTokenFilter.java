package dev.steward.api;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Takes the personal access token a request presents as {@code Authorization: Bearer stw_...}: one that is unknown,
 * revoked or expired is answered 401 at once, one over its rate 429 with Retry-After; otherwise the request acts as
 * the token's owner, within its teams and scope.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final RateLimits limits;

	private final JsonMapper json;

	ApiTokenFilter(ApiTokens tokens, RateLimits limits, JsonMapper json) {
		this.tokens = tokens;
		this.limits = limits;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiToken> token = header.regionMatches(true, 0, "Bearer ", 0, 7)
				? tokens.authenticate(header.substring(7).strip()) : Optional.empty();
		if (token.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			Problems.write(response, json, Problems.of(HttpStatus.UNAUTHORIZED, "invalid-token",
					"The token is not known, was revoked, or has expired."));
			return;
		}
		Duration wait = limits.take(token.get().id());
		if (wait != null) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)));
			Problems.write(response, json, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
					"This token made too many requests; try again after the Retry-After seconds."));
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(token.get(), null,
				AuthorityUtils.createAuthorityList(token.get().canWrite() ? "SCOPE_write" : "SCOPE_read")));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
