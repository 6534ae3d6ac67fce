package dev.steward.dashboard;

import java.util.Optional;

import dev.steward.chat.Platform;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Who a sign-in says the person is: a local sign-in's viewer, or the Slack account in an OpenID Connect ID token. */
public final class Viewers {

	private Viewers() {
	}

	public static Optional<Viewer> of(Authentication authentication) {
		if (authentication == null) {
			return Optional.empty();
		}
		if (authentication.getPrincipal() instanceof Viewer viewer) {
			return Optional.of(viewer);
		}
		if (authentication.getPrincipal() instanceof OidcUser user) {
			String team = user.getClaimAsString(SlackSignIn.TEAM_CLAIM);
			String id = user.getClaimAsString(SlackSignIn.USER_CLAIM);
			if (team == null || id == null) {
				return Optional.empty();
			}
			return Optional.of(new Viewer(Platform.SLACK, team, id, user.getFullName()));
		}
		return Optional.empty();
	}

}
