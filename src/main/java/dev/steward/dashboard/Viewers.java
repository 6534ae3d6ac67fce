package dev.steward.dashboard;

import java.util.Optional;

import dev.steward.chat.Platform;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who a sign-in says the person is: a local sign-in's viewer, or the Slack or Microsoft (Teams) account in an OpenID
 * Connect ID token.
 */
public final class Viewers {

	private Viewers() {
	}

	/** The viewer the sign-in names; 403 when it names no chat account (it cannot happen through sign-in). */
	public static Viewer require(Authentication authentication) {
		return of(authentication).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
				"This sign-in does not say who you are in a chat workspace"));
	}

	public static Optional<Viewer> of(Authentication authentication) {
		if (authentication == null) {
			return Optional.empty();
		}
		if (authentication.getPrincipal() instanceof Viewer viewer) {
			return Optional.of(viewer);
		}
		if (authentication.getPrincipal() instanceof OidcUser user) {
			String team = user.getClaimAsString(SignInProviders.TEAM_CLAIM);
			String id = user.getClaimAsString(SignInProviders.USER_CLAIM);
			if (team != null && id != null) {
				return Optional.of(new Viewer(Platform.SLACK, team, id, user.getFullName()));
			}
			String tenant = user.getClaimAsString("tid");
			String object = user.getClaimAsString("oid");
			if (tenant != null && object != null) {
				// Someone Steward has not seen in Teams yet is known by their object id, and so belongs to no team.
				String teamsUser = user.getClaimAsString(SignInProviders.TEAMS_USER_CLAIM);
				return Optional.of(new Viewer(Platform.TEAMS, tenant, (teamsUser != null) ? teamsUser : "aad:" + object,
						user.getFullName()));
			}
			return Optional.empty();
		}
		return Optional.empty();
	}

}
