package dev.steward.dashboard;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Two filter chains: the dashboard's (sign-in, a session, CSRF on every form, a strict Content-Security-Policy), and
 * everything else's (Slack, Teams, the sandbox, the probes), which check their callers themselves and keep no session.
 */
@Configuration(proxyBeanMethods = false)
class DashboardSecurity {

	static final String SIGN_IN = "/sign-in";

	private static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
			+ "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

	@Bean
	@Order(1)
	SecurityFilterChain dashboardChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> registrations,
			SecurityContextRepository contexts) throws Exception {
		http.securityMatcher("/dashboard/**", "/dashboard", SIGN_IN, SIGN_IN + "/**", "/sign-out", "/oauth2/**",
				"/login/oauth2/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/dashboard/**", "/dashboard")
				.authenticated()
				.anyRequest()
				.permitAll())
			.securityContext((context) -> context.securityContextRepository(contexts))
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN)))
			.logout((logout) -> logout.logoutUrl("/sign-out").logoutSuccessUrl(SIGN_IN + "?signed-out"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(POLICY))
				.referrerPolicy((referrer) -> referrer.policy(
						org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		if (registrations.getIfAvailable() != null) {
			http.oauth2Login((login) -> login.loginPage(SIGN_IN).defaultSuccessUrl("/dashboard", true)
				.failureUrl(SIGN_IN + "?failed"));
		}
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain platformChain(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(Customizer.withDefaults())
			.build();
	}

	@Bean
	SecurityContextRepository dashboardContexts() {
		return new HttpSessionSecurityContextRepository();
	}

	/**
	 * Steward keeps no passwords: people sign in with their chat account. Without this, Spring Boot would make a
	 * user with a generated password.
	 */
	@Bean
	UserDetailsService noPasswords() {
		return (username) -> {
			throw new UsernameNotFoundException("Steward keeps no passwords");
		};
	}

}
