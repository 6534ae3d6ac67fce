package dev.steward.api;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.steward.dashboard.PageDates;
import dev.steward.dashboard.TeamAccess;
import dev.steward.dashboard.Viewer;
import dev.steward.i18n.Words;
import dev.steward.team.Team;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The dashboard's Tokens page: a person's personal access tokens, a form to make one (its name, teams, read or
 * write, lifetime) whose token is shown once on the page that answers it, and revoking.
 */
@Controller
class TokensController {

	private static final Map<String, Duration> LIFETIMES = Map.of("30", Duration.ofDays(30), "90",
			Duration.ofDays(90), "365", Duration.ofDays(365));

	private final ApiTokens tokens;

	private final TeamAccess access;

	private final java.time.Clock clock;

	TokensController(ApiTokens tokens, TeamAccess access, java.time.Clock clock) {
		this.tokens = tokens;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/dashboard/tokens")
	String page(Authentication authentication, Locale locale, Model model) {
		return show(viewer(authentication), Words.in(locale.getLanguage()), model, null);
	}

	@PostMapping("/dashboard/tokens")
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) List<Long> teams,
			@RequestParam(defaultValue = "read") String access, @RequestParam(defaultValue = "90") String expires,
			Authentication authentication, Locale locale, Model model, HttpServletResponse response) {
		Viewer viewer = viewer(authentication);
		Words words = Words.in(locale.getLanguage());
		Set<Long> visible = this.access.visible(viewer).stream().map(Team::id).collect(Collectors.toSet());
		String problem = null;
		if (name.isBlank() || name.length() > 100) {
			problem = words.get("dashboard.tokens.problem.name");
		}
		else if (teams == null || teams.isEmpty() || !visible.containsAll(teams)) {
			problem = words.get("dashboard.tokens.problem.teams");
		}
		else if (!access.equals("read") && !access.equals("write")) {
			problem = words.get("dashboard.tokens.problem.access");
		}
		else if (!expires.equals("never") && !LIFETIMES.containsKey(expires)) {
			problem = words.get("dashboard.tokens.problem.lifetime");
		}
		if (problem != null) {
			model.addAttribute("problem", problem);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(viewer, words, model, null);
		}
		ApiTokens.Created created = tokens.create(viewer, name.strip(), teams, access.equals("write"),
				LIFETIMES.get(expires));
		return show(viewer, words, model, created.secret());
	}

	@PostMapping("/dashboard/tokens/{id}/revoke")
	String revoke(@PathVariable long id, Authentication authentication) {
		if (!tokens.revoke(viewer(authentication), id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:/dashboard/tokens";
	}

	private String show(Viewer viewer, Words words, Model model, String secret) {
		Map<Long, String> names = access.visible(viewer).stream().collect(Collectors.toMap(Team::id, Team::name,
				(a, b) -> a, java.util.LinkedHashMap::new));
		java.time.Instant now = clock.instant();
		model.addAttribute("viewer", viewer);
		model.addAttribute("teams", names);
		model.addAttribute("secret", secret);
		model.addAttribute("tokens", tokens.of(viewer)
			.stream()
			.map((token) -> line(words, token, names, now))
			.toList());
		return "dashboard/tokens";
	}

	private static Line line(Words words, ApiToken token, Map<Long, String> names, java.time.Instant now) {
		String state = token.revokedAt() != null ? "revoked" : token.worksAt(now) ? "active" : "expired";
		return new Line(token.id(), token.name(), token.shownPrefix() + "…",
				words.get(token.canWrite() ? "dashboard.tokens.access.write" : "dashboard.tokens.access.read"),
				token.teamIds()
					.stream()
					.map((id) -> names.getOrDefault(id, words.get("dashboard.tokens.team-left")))
					.toList(),
				day(words, token.createdAt()), day(words, token.expiresAt()), day(words, token.lastUsedAt()), state,
				words.get("dashboard.tokens.state." + state));
	}

	/** The day in UTC, or {@code never}. */
	private static String day(Words words, java.time.Instant at) {
		return (at != null) ? PageDates.day(words, LocalDate.ofInstant(at, ZoneOffset.UTC))
				: words.get("dashboard.tokens.never");
	}

	private static Viewer viewer(Authentication authentication) {
		return dev.steward.dashboard.Viewers.require(authentication);
	}

	/** A token as a line of the page. */
	record Line(long id, String name, String shown, String access, List<String> teams, String created,
			String expires, String lastUsed, String state, String stateLabel) {
	}

}
