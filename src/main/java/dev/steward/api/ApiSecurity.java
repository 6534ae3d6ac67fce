package dev.steward.api;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The API's filter chain: no session and no CSRF (a token, not a cookie, says who calls), every request needs a token,
 * and only a write token may change anything; refusals are problem details.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, ApiProperties properties, JsonMapper json)
			throws Exception {
		return http.securityMatcher("/api/v1/**")
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new ApiTokenFilter(tokens, new RateLimits(properties.requestsPerMinute()), json),
					AuthorizationFilter.class)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, "/api/v1/**")
				.authenticated()
				.anyRequest()
				.hasAuthority("SCOPE_write"))
			.exceptionHandling((errors) -> errors.authenticationEntryPoint((request, response, failure) -> {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
				Problems.write(response, json, Problems.of(HttpStatus.UNAUTHORIZED, "token-required",
						"Send a personal access token as Authorization: Bearer stw_...; make one on the dashboard's "
								+ "Tokens page."));
			}).accessDeniedHandler((request, response, denied) -> {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
				Problems.write(response, json, Problems.of(HttpStatus.FORBIDDEN, "read-only-token",
						"This token may only read; make a write token to change things."));
			}))
			.build();
	}

}
