package dev.steward.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.util.StringUtils;

/**
 * The chat accounts people sign in with, through OpenID Connect: Slack (the dashboard's own client id, or the
 * install's) and Microsoft Entra ID (the dashboard's own, or the Teams bot's app registration, in its tenant). A
 * Microsoft sign-in is matched to the Teams user Steward knows by the person's object id.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SignInProviders.Configured.class)
class SignInProviders {

	static final String SLACK = "slack";

	static final String MICROSOFT = "microsoft";

	static final String TEAM_CLAIM = "https://slack.com/team_id";

	static final String USER_CLAIM = "https://slack.com/user_id";

	/** The Teams user id a Microsoft sign-in was matched to, added to its ID token's claims. */
	static final String TEAMS_USER_CLAIM = "steward_teams_user_id";

	@Bean
	ClientRegistrationRepository signInRegistrations(DashboardProperties dashboard, Environment environment) {
		List<ClientRegistration> registrations = new ArrayList<>();
		slack(dashboard, environment).ifPresent(registrations::add);
		microsoft(dashboard, environment).ifPresent(registrations::add);
		return new InMemoryClientRegistrationRepository(registrations);
	}

	/** Loads the signed-in person; a Microsoft one gets the Teams user id Steward knows them by, if it does. */
	@Bean
	OAuth2UserService<OidcUserRequest, OidcUser> signInUsers(ObjectProvider<TeamsAccounts> teams) {
		OidcUserService oidc = new OidcUserService();
		return (request) -> {
			OidcUser user = oidc.loadUser(request);
			if (!MICROSOFT.equals(request.getClientRegistration().getRegistrationId())) {
				return user;
			}
			String tenant = user.getClaimAsString("tid");
			String object = user.getClaimAsString("oid");
			TeamsAccounts accounts = teams.getIfAvailable();
			Optional<String> teamsUser = (accounts == null || tenant == null || object == null) ? Optional.empty()
					: accounts.userId(tenant, object);
			if (teamsUser.isEmpty()) {
				return user;
			}
			Map<String, Object> claims = new HashMap<>(user.getIdToken().getClaims());
			claims.put(TEAMS_USER_CLAIM, teamsUser.get());
			OidcIdToken token = new OidcIdToken(user.getIdToken().getTokenValue(), user.getIdToken().getIssuedAt(),
					user.getIdToken().getExpiresAt(), claims);
			return new DefaultOidcUser(user.getAuthorities(), token, user.getUserInfo(), "sub");
		};
	}

	private static Optional<ClientRegistration> slack(DashboardProperties dashboard, Environment environment) {
		boolean own = StringUtils.hasText(dashboard.slackClientId());
		String id = own ? dashboard.slackClientId() : environment.getProperty("steward.slack.install.client-id");
		if (!StringUtils.hasText(id)) {
			return Optional.empty();
		}
		String secret = own ? dashboard.slackClientSecret()
				: environment.getProperty("steward.slack.install.client-secret");
		String url = dashboard.slackUrl().replaceAll("/+$", "");
		return Optional.of(ClientRegistration.withRegistrationId(SLACK)
			.clientName("Slack")
			.clientId(id)
			.clientSecret(secret)
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

	private static Optional<ClientRegistration> microsoft(DashboardProperties dashboard, Environment environment) {
		boolean own = StringUtils.hasText(dashboard.microsoftClientId());
		String id = own ? dashboard.microsoftClientId() : environment.getProperty("steward.teams.app-id");
		String tenant = environment.getProperty("steward.teams.tenant-id");
		if (!StringUtils.hasText(id) || !StringUtils.hasText(tenant)) {
			return Optional.empty();
		}
		String secret = own ? dashboard.microsoftClientSecret() : environment.getProperty("steward.teams.app-password");
		String authority = environment.getProperty("steward.teams.authority-url", "https://login.microsoftonline.com")
			.replaceAll("/+$", "") + "/" + tenant;
		return Optional.of(ClientRegistration.withRegistrationId(MICROSOFT)
			.clientName("Microsoft")
			.clientId(id)
			.clientSecret(secret)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile")
			.authorizationUri(authority + "/oauth2/v2.0/authorize")
			.tokenUri(authority + "/oauth2/v2.0/token")
			.jwkSetUri(authority + "/discovery/v2.0/keys")
			.issuerUri(authority + "/v2.0")
			.userNameAttributeName("sub")
			.build());
	}

	/** Matches when Slack (a client id) or Microsoft (an app id and tenant) can sign people in. */
	static final class Configured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Environment environment = context.getEnvironment();
			return StringUtils.hasText(environment.getProperty("steward.dashboard.slack-client-id"))
					|| StringUtils.hasText(environment.getProperty("steward.slack.install.client-id"))
					|| ((StringUtils.hasText(environment.getProperty("steward.dashboard.microsoft-client-id"))
							|| StringUtils.hasText(environment.getProperty("steward.teams.app-id")))
							&& StringUtils.hasText(environment.getProperty("steward.teams.tenant-id")));
		}

	}

}
