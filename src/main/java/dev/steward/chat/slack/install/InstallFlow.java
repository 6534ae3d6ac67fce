package dev.steward.chat.slack.install;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.Platform;
import dev.steward.chat.Workspaces;

/**
 * Slack's OAuth v2 install flow: a state for each installer, then, when Slack sends them back, the state checked
 * and the code exchanged for a bot token, which is stored only when everything about the install is right.
 */
class InstallFlow {

	/** Errors of {@code oauth.v2.access} that mean the code is no good: expired, used, or not Slack's. */
	private static final Set<String> CODE_ERRORS = Set.of("invalid_code", "code_already_used", "code_expired");

	private static final Logger log = LoggerFactory.getLogger(InstallFlow.class);

	private final Slack slack;

	private final InstallProperties properties;

	private final OAuthStates states;

	private final Installations installations;

	private final Workspaces workspaces;

	private final Clock clock;

	InstallFlow(Slack slack, InstallProperties properties, OAuthStates states, Installations installations,
			Workspaces workspaces, Clock clock) {
		this.slack = slack;
		this.properties = properties;
		this.states = states;
		this.installations = installations;
		this.workspaces = workspaces;
		this.clock = clock;
	}

	/** Starts a flow: a new state to hand Slack and to keep in the installer's browser. */
	String begin() {
		return states.create();
	}

	/**
	 * Finishes a flow from what Slack sent the browser back with; the state must be the one this browser began with,
	 * unused and unexpired. Nothing is stored unless the outcome is {@link Outcome.Installed}.
	 */
	Outcome complete(String code, String error, String state, String browserState, String redirectUri) {
		if (state == null || !state.equals(browserState) || !states.consume(state)) {
			return new Outcome.BadState();
		}
		if (error != null) {
			return new Outcome.Cancelled(error);
		}
		if (code == null || code.isBlank()) {
			return new Outcome.CodeRejected("no code");
		}
		OAuthV2AccessResponse access;
		try {
			access = slack.methods()
				.oauthV2Access((request) -> request.clientId(properties.clientId())
					.clientSecret(properties.clientSecret())
					.code(code)
					.redirectUri(redirectUri));
		}
		catch (IOException | SlackApiException ex) {
			log.warn("Could not finish a Slack install: oauth.v2.access failed: {}", ex.getMessage());
			return new Outcome.SlackUnavailable();
		}
		if (!access.isOk()) {
			if (CODE_ERRORS.contains(access.getError())) {
				return new Outcome.CodeRejected(access.getError());
			}
			log.warn("Slack refused to finish an install with oauth.v2.access error {}: check SLACK_CLIENT_ID, "
					+ "SLACK_CLIENT_SECRET and the redirect URL on the app's OAuth & Permissions page",
					access.getError());
			return new Outcome.AppMisconfigured(access.getError());
		}
		return install(access);
	}

	private Outcome install(OAuthV2AccessResponse access) {
		boolean orgWide = access.isEnterpriseInstall();
		String enterpriseId = (access.getEnterprise() != null) ? access.getEnterprise().getId() : null;
		String teamId = (access.getTeam() != null) ? access.getTeam().getId() : null;
		String name = orgWide ? ((access.getEnterprise() != null) ? access.getEnterprise().getName() : enterpriseId)
				: ((access.getTeam() != null) ? access.getTeam().getName() : teamId);
		String installer = (access.getAuthedUser() != null) ? access.getAuthedUser().getId() : null;
		if (access.getRefreshToken() != null) {
			return new Outcome.RotationUnsupported(name);
		}
		if (access.getAccessToken() == null || access.getBotUserId() == null || installer == null
				|| (orgWide ? enterpriseId : teamId) == null) {
			return new Outcome.AppMisconfigured("no bot token in Slack's answer: the app has no bot user");
		}
		if (!properties.allows(enterpriseId, teamId, orgWide)) {
			log.info("Refused to install Steward in Slack {} {} ({}): not in steward.slack.install.allowed-*",
					orgWide ? "organisation" : "workspace", orgWide ? enterpriseId : teamId, name);
			return new Outcome.NotAllowed(name);
		}
		String key = orgWide ? enterpriseId : teamId;
		Optional<Installation> existing = installations.byKey(key).filter((found) -> found.orgWide() == orgWide);
		if (existing.isPresent() && !existing.get().installerUserId().equals(installer) && !orgWide
				&& !isAdmin(access.getAccessToken(), installer)) {
			return new Outcome.AlreadyInstalled(name, existing.get().installerUserId(), existing.get().installedAt());
		}
		Installation installation = new Installation(enterpriseId, orgWide ? null : teamId, name, orgWide,
				access.getAppId(), access.getBotUserId(), access.getAccessToken(), scopes(access.getScope()), installer,
				clock.instant());
		installations.save(installation);
		List<String> served = orgWide ? installations.workspacesOf(enterpriseId) : List.of(teamId);
		served.forEach((workspace) -> workspaces.enable(Platform.SLACK, workspace));
		log.info("Slack {} {} ({}) {} Steward, by {}", orgWide ? "organisation" : "workspace", key, name,
				existing.isPresent() ? "installed again" : "installed", installer);
		return new Outcome.Installed(name, existing.isPresent());
	}

	/** Whether Slack says the person is an admin or owner of the workspace, who may take over an install. */
	private boolean isAdmin(String token, String userId) {
		try {
			UsersInfoResponse info = slack.methods(token).usersInfo((request) -> request.user(userId));
			User user = info.isOk() ? info.getUser() : null;
			return user != null && (user.isAdmin() || user.isOwner() || user.isPrimaryOwner());
		}
		catch (IOException | SlackApiException ex) {
			log.info("Could not ask Slack whether {} is an admin ({}); treating them as not one", userId,
					ex.getMessage());
			return false;
		}
	}

	private static List<String> scopes(String granted) {
		return (granted == null || granted.isBlank()) ? List.of() : Arrays.asList(granted.split(","));
	}

	/** How an install ended. */
	sealed interface Outcome {

		/** Stored: Steward serves the workspace (or organisation) from now on. */
		record Installed(String name, boolean again) implements Outcome {
		}

		/** The installer declined on Slack's page (Slack's error, such as {@code access_denied}). */
		record Cancelled(String error) implements Outcome {
		}

		/** The state is missing, unknown, used, expired, or not this browser's. */
		record BadState() implements Outcome {
		}

		/** Slack refused the code: expired, used already, or missing. */
		record CodeRejected(String error) implements Outcome {
		}

		/** Installed already by someone else, and the new installer is not an admin who may take it over. */
		record AlreadyInstalled(String name, String installerUserId, Instant installedAt) implements Outcome {
		}

		/** The operator limited installs to other workspaces or organisations. */
		record NotAllowed(String name) implements Outcome {
		}

		/** The app has Slack's token rotation on, whose expiring tokens Steward does not renew. */
		record RotationUnsupported(String name) implements Outcome {
		}

		/** Slack refused Steward's client id, secret or redirect URL: the operator's to fix. */
		record AppMisconfigured(String error) implements Outcome {
		}

		/** Slack could not be reached to finish; the installer may try again. */
		record SlackUnavailable() implements Outcome {
		}

	}

}
