package dev.steward.dashboard;

import dev.steward.chat.slack.install.InstallProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.util.StringUtils;

/**
 * "Sign in with Slack": Slack's OpenID Connect provider, with the dashboard's own client id or, when Steward serves
 * many workspaces, the install's; the ID token's Slack claims say who signed in.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackSignIn.Configured.class)
class SlackSignIn {

	static final String REGISTRATION = "slack";

	static final String TEAM_CLAIM = "https://slack.com/team_id";

	static final String USER_CLAIM = "https://slack.com/user_id";

	@Bean
	ClientRegistrationRepository slackSignInRegistration(DashboardProperties dashboard, InstallProperties install) {
		boolean own = StringUtils.hasText(dashboard.slackClientId());
		String url = dashboard.slackUrl().replaceAll("/+$", "");
		return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId(REGISTRATION)
			.clientName("Slack")
			.clientId(own ? dashboard.slackClientId() : install.clientId())
			.clientSecret(own ? dashboard.slackClientSecret() : install.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile")
			.authorizationUri(url + "/openid/connect/authorize")
			.tokenUri(url + "/api/openid.connect.token")
			.jwkSetUri(url + "/openid/connect/keys")
			.issuerUri(url)
			.userNameAttributeName("sub")
			.build());
	}

	/** Matches when a Slack client id is set for the dashboard or for installs. */
	static final class Configured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Environment environment = context.getEnvironment();
			return StringUtils.hasText(environment.getProperty("steward.dashboard.slack-client-id"))
					|| StringUtils.hasText(environment.getProperty("steward.slack.install.client-id"));
		}

	}

}
