package dev.steward.chat.slack.install;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The "Add to Slack" pages: {@code /slack/install} starts an install and {@code /slack/oauth_redirect} is where Slack
 * sends the installer back; every outcome is a page that says what happened and what to do next.
 */
@Controller
@Conditional(ManyWorkspaces.class)
class InstallController {

	static final String INSTALL_PATH = "/slack/install";

	static final String REDIRECT_PATH = "/slack/oauth_redirect";

	static final String STATE_COOKIE = "steward_slack_install";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private final InstallFlow flow;

	private final InstallProperties properties;

	InstallController(InstallFlow flow, InstallProperties properties) {
		this.flow = flow;
		this.properties = properties;
	}

	@GetMapping(INSTALL_PATH)
	ResponseEntity<String> install() {
		String state = flow.begin();
		String authorize = UriComponentsBuilder.fromUriString(properties.authorizeUrl())
			.queryParam("client_id", properties.clientId())
			.queryParam("scope", String.join(",", properties.scopes()))
			.queryParam("state", state)
			.queryParam("redirect_uri", redirectUri())
			.encode()
			.build()
			.toUriString();
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.SET_COOKIE, stateCookie(state).maxAge(properties.stateLifetime()).build()
			.toString());
		return InstallPage
			.of(HttpStatus.OK, "Add Steward to Slack",
					"Steward runs your team's daily stand-up in Slack, keeps the impediment log and escalates blockers "
							+ "that stay stuck.",
					"Slack asks you to allow what Steward needs, then sends you back here.")
			.withLink("Add to Slack", authorize)
			.response(headers);
	}

	@GetMapping(REDIRECT_PATH)
	ResponseEntity<String> redirect(@RequestParam(required = false) String code,
			@RequestParam(required = false) String state, @RequestParam(required = false) String error,
			@CookieValue(name = STATE_COOKIE, required = false) String browserState) {
		InstallFlow.Outcome outcome = flow.complete(code, error, state, browserState, redirectUri());
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.SET_COOKIE, stateCookie("").maxAge(0).build().toString());
		return page(outcome).response(headers);
	}

	private InstallPage page(InstallFlow.Outcome outcome) {
		if (outcome instanceof InstallFlow.Outcome.Installed installed) {
			return InstallPage.of(HttpStatus.OK,
					installed.again() ? "Steward is installed again" : "Steward is installed",
					"Steward now works in " + installed.name() + ".",
					"In the channel your team uses, invite it with /invite @Steward, then type /standup setup.");
		}
		if (outcome instanceof InstallFlow.Outcome.Cancelled cancelled) {
			return InstallPage
				.of(HttpStatus.OK, "Nothing was installed", "You did not allow Steward on Slack's page, so nothing "
						+ "changed.")
				.withLink("Start again", INSTALL_PATH);
		}
		if (outcome instanceof InstallFlow.Outcome.BadState bad) {
			return InstallPage
				.of(HttpStatus.BAD_REQUEST, "This install link has expired",
						"It was used already, opened in another browser, or is older than "
								+ minutes() + " minutes. Nothing was installed.")
				.withLink("Start again", INSTALL_PATH);
		}
		if (outcome instanceof InstallFlow.Outcome.CodeRejected rejected) {
			return InstallPage
				.of(HttpStatus.BAD_REQUEST, "Slack did not accept this install",
						"The code Slack sent back has expired or was used already (" + rejected.error()
								+ "). Nothing was installed.")
				.withLink("Start again", INSTALL_PATH);
		}
		if (outcome instanceof InstallFlow.Outcome.AlreadyInstalled already) {
			return InstallPage.of(HttpStatus.CONFLICT,
					"Steward is already installed in " + already.name(),
					"Slack member " + already.installerUserId() + " installed it on "
							+ DAY.format(already.installedAt()) + ". Nothing was changed.",
					"To install it again, for example after an update asks for new permissions, ask them or a "
							+ "workspace admin or owner to do it.");
		}
		if (outcome instanceof InstallFlow.Outcome.NotAllowed refused) {
			return InstallPage.of(HttpStatus.FORBIDDEN,
					"Steward cannot be installed in " + refused.name(),
					"This Steward serves other workspaces only. Nothing was installed; ask whoever runs Steward for "
							+ "your organisation.");
		}
		if (outcome instanceof InstallFlow.Outcome.RotationUnsupported rotation) {
			return InstallPage.of(HttpStatus.CONFLICT,
					"Steward cannot use this Slack app's tokens",
					"The app has token rotation turned on, and Steward does not renew expiring tokens yet. Nothing "
							+ "was stored.",
					"Whoever runs Steward should turn token rotation off on the app's OAuth & Permissions page, then "
							+ "install again.");
		}
		if (outcome instanceof InstallFlow.Outcome.AppMisconfigured misconfigured) {
			return InstallPage.of(HttpStatus.SERVICE_UNAVAILABLE,
					"Steward's Slack app is not set up right",
					"Slack refused to finish the install (" + misconfigured.error() + "). Nothing was installed.",
					"Whoever runs Steward should check its client id, client secret and redirect URL.");
		}
		if (outcome instanceof InstallFlow.Outcome.SlackUnavailable unavailable) {
			return InstallPage
				.of(HttpStatus.SERVICE_UNAVAILABLE, "Slack could not be reached",
						"Steward could not finish the install with Slack. Nothing was installed.")
				.withLink("Try again", INSTALL_PATH);
		}
		throw new IllegalStateException("an install outcome without a page: " + outcome);
	}

	private long minutes() {
		return properties.stateLifetime().toMinutes();
	}

	/** The redirect URL: the configured one, else {@code /slack/oauth_redirect} on the host the browser used. */
	private String redirectUri() {
		if (properties.redirectUri() != null && !properties.redirectUri().isBlank()) {
			return properties.redirectUri();
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(REDIRECT_PATH).toUriString();
	}

	/** The state's cookie: readable only by Steward, sent back on Slack's redirect (a top-level GET) and no other. */
	private ResponseCookie.ResponseCookieBuilder stateCookie(String value) {
		return ResponseCookie.from(STATE_COOKIE, value)
			.httpOnly(true)
			.secure(redirectUri().startsWith("https:"))
			.sameSite("Lax")
			.path(REDIRECT_PATH);
	}

}
