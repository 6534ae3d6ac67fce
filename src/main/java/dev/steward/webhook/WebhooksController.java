package dev.steward.webhook;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.steward.dashboard.PageDates;
import dev.steward.dashboard.TeamAccess;
import dev.steward.dashboard.Viewer;
import dev.steward.dashboard.Viewers;
import dev.steward.delivery.DeliveryLog;
import dev.steward.i18n.Words;
import dev.steward.outbound.OutboundUrls;
import dev.steward.team.Member;
import dev.steward.team.Team;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A team's Webhooks page, for its PMs: the subscriptions with each one's recent deliveries, a form to subscribe a URL
 * to some events (its signing secret shown once), a "send a test event" button, and removing.
 */
@Controller
class WebhooksController {

	private final TeamAccess access;

	private final Subscriptions subscriptions;

	private final WebhookEvents events;

	private final DeliveryLog deliveries;

	private final OutboundUrls urls;

	private final Clock clock;

	WebhooksController(TeamAccess access, Subscriptions subscriptions, WebhookEvents events, DeliveryLog deliveries,
			WebhookProperties properties, Clock clock) {
		this.access = access;
		this.subscriptions = subscriptions;
		this.events = events;
		this.deliveries = deliveries;
		this.urls = new OutboundUrls(properties.allowPrivate(), "steward.webhooks.allow-private");
		this.clock = clock;
	}

	@GetMapping("/dashboard/teams/{teamId}/webhooks")
	String page(@PathVariable long teamId, Authentication authentication, Locale locale, Model model) {
		Viewer viewer = viewer(authentication);
		return show(viewer, Words.in(locale.getLanguage()), pmTeam(viewer, teamId), model, null);
	}

	@PostMapping("/dashboard/teams/{teamId}/webhooks")
	String subscribe(@PathVariable long teamId, @RequestParam(defaultValue = "") String url,
			@RequestParam(required = false) List<String> events, Authentication authentication, Locale locale,
			Model model, HttpServletResponse response) {
		Viewer viewer = viewer(authentication);
		Words words = Words.in(locale.getLanguage());
		Team team = pmTeam(viewer, teamId);
		Set<String> chosen = new LinkedHashSet<>((events != null) ? events : List.of());
		String problem = null;
		if (chosen.isEmpty() || !WebhookEvents.TYPES.containsAll(chosen)) {
			problem = words.get("dashboard.webhooks.problem.events");
		}
		else {
			try {
				urls.check(url);
			}
			catch (OutboundUrls.Refused refused) {
				problem = words.get("dashboard.webhooks.problem.url", refused.reason(words));
			}
		}
		if (problem != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", problem);
			return show(viewer, words, team, model, null);
		}
		String secret = WebhookSignature.newSecret();
		subscriptions.create(team.id(), url.strip(), secret, chosen, viewer.userId(), clock.instant());
		return show(viewer, words, team, model, secret);
	}

	@PostMapping("/dashboard/teams/{teamId}/webhooks/{id}/test")
	@Transactional
	String test(@PathVariable long teamId, @PathVariable long id, Authentication authentication) {
		Team team = pmTeam(viewer(authentication), teamId);
		events.test(subscription(team, id));
		return "redirect:/dashboard/teams/" + teamId + "/webhooks";
	}

	@PostMapping("/dashboard/teams/{teamId}/webhooks/{id}/remove")
	String remove(@PathVariable long teamId, @PathVariable long id, Authentication authentication) {
		Viewer viewer = viewer(authentication);
		Team team = pmTeam(viewer, teamId);
		subscriptions.remove(subscription(team, id).id(), "removed by " + viewer.name(), clock.instant());
		return "redirect:/dashboard/teams/" + teamId + "/webhooks";
	}

	private String show(Viewer viewer, Words words, Team team, Model model, String secret) {
		ZoneId zone = team.zone();
		model.addAttribute("viewer", viewer);
		model.addAttribute("team", team);
		model.addAttribute("types", WebhookEvents.TYPES);
		model.addAttribute("secret", secret);
		model.addAttribute("subscriptions", subscriptions.ofTeam(team.id())
			.stream()
			.map((subscription) -> new Line(subscription.id(), subscription.url(),
					String.join(", ", subscription.events()), subscription.isActive(), subscription.removedReason(),
					deliveries.recent(subscription.conversation(), 20)
						.stream()
						.map((entry) -> new Sent(entry.key().substring(entry.key().indexOf(':',
								"webhook:".length()) + 1), words.get("dashboard.delivery." + entry.status().name()),
								entry.attempts(), PageDates.moment(words, entry.createdAt().atZone(zone)),
								(entry.lastError() != null) ? entry.lastError() : ""))
						.toList()))
			.toList());
		return "dashboard/webhooks";
	}

	/** The team, if the viewer is one of its PMs: 404 when they cannot see it, 403 when they are not a PM there. */
	private Team pmTeam(Viewer viewer, long teamId) {
		Team team = access.visible(viewer, teamId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (access.membership(viewer, team).filter(Member::isPm).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the team's PMs manage its webhooks");
		}
		return team;
	}

	private Subscription subscription(Team team, long id) {
		return subscriptions.find(id)
			.filter((subscription) -> subscription.teamId() == team.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Viewer viewer(Authentication authentication) {
		return Viewers.require(authentication);
	}

	/** A subscription on the page. */
	record Line(long id, String url, String events, boolean active, String removedReason, List<Sent> sent) {
	}

	/** One of its deliveries. */
	record Sent(String event, String status, int attempts, String queued, String error) {
	}

}
