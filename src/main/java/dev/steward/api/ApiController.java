package dev.steward.api;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import dev.steward.command.Actor;
import dev.steward.command.UsageException;
import dev.steward.dashboard.LogFilter;
import dev.steward.dashboard.TeamAccess;
import dev.steward.dashboard.Viewer;
import dev.steward.impediment.Impediment;
import dev.steward.impediment.ImpedimentEvent;
import dev.steward.impediment.ImpedimentLog;
import dev.steward.impediment.ImpedimentPage;
import dev.steward.impediment.Severity;
import dev.steward.team.Member;
import dev.steward.team.Team;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The REST API: the teams a token may see, their impediment log (the dashboard's filters, plus {@code size}), one
 * impediment with its history, and what a PM does in chat: log, assign, comment, resolve. Writes act as the token's
 * owner through the same service and rules as chat; a team or impediment outside the token's reach is 404.
 */
@RestController
class ApiController {

	private static final JsonMapper STRICT = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final ApiAccess access;

	private final TeamAccess teams;

	private final ImpedimentLog impediments;

	private final ApiProperties properties;

	private final Clock clock;

	ApiController(ApiAccess access, TeamAccess teams, ImpedimentLog impediments, ApiProperties properties,
			Clock clock) {
		this.access = access;
		this.teams = teams;
		this.impediments = impediments;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/api/v1/teams")
	List<Map<String, Object>> teams(Authentication authentication) {
		return access.teams(token(authentication))
			.stream()
			.map((team) -> Map.<String, Object>of("id", team.id(), "name", team.name(), "platform",
					team.platform().key(), "timeZone", team.zone().getId()))
			.toList();
	}

	@GetMapping("/api/v1/teams/{teamId}/impediments")
	Map<String, Object> log(@PathVariable long teamId, Authentication authentication, HttpServletRequest request) {
		Team team = access.team(token(authentication), teamId);
		LogFilter filter = LogFilter.parse(request.getParameterMap(), clock.instant(), properties.pageSize(), true);
		ImpedimentPage page = impediments.search(team, filter.query());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("items", page.rows().stream().map((impediment) -> json(team, impediment)).toList());
		body.put("page", page.page());
		body.put("size", page.size());
		body.put("total", page.total());
		body.put("pages", page.pages());
		return body;
	}

	@GetMapping("/api/v1/impediments/{id}")
	Map<String, Object> impediment(@PathVariable long id, Authentication authentication) {
		ImpedimentLog.Located found = access.impediment(token(authentication), id);
		return detail(found);
	}

	@PostMapping("/api/v1/teams/{teamId}/impediments")
	ResponseEntity<Map<String, Object>> open(@PathVariable long teamId, @RequestBody String json,
			Authentication authentication) {
		NewImpediment body = read(json, NewImpediment.class);
		ApiToken token = token(authentication);
		Team team = access.team(token, teamId);
		Member reporter = teams.membership(token.owner(), team)
			.orElseThrow(() -> new UsageException("Only members of " + team.name() + " can log its impediments."));
		Severity severity = (body.severity() == null) ? Severity.MEDIUM : Severity.parse(body.severity())
			.orElseThrow(() -> new ApiProblem("severity", "must be low, medium or high"));
		if (body.title() == null) {
			throw new ApiProblem("title", "is required");
		}
		Impediment opened = impediments.open(team, body.title().strip(), (body.owner() == null) ? reporter.userId()
				: body.owner(), reporter, severity, null);
		return ResponseEntity.created(URI.create("/api/v1/impediments/" + opened.id()))
			.body(detail(new ImpedimentLog.Located(team, opened)));
	}

	@PostMapping("/api/v1/impediments/{id}/comments")
	Map<String, Object> comment(@PathVariable long id, @RequestBody String json, Authentication authentication) {
		Comment body = read(json, Comment.class);
		ApiToken token = token(authentication);
		access.impediment(token, id);
		if (body.text() == null || body.text().isBlank()) {
			throw new ApiProblem("text", "is required");
		}
		return detail(impediments.comment(actor(token), id, body.text().strip()));
	}

	@PostMapping("/api/v1/impediments/{id}/resolve")
	Map<String, Object> resolve(@PathVariable long id, @RequestBody String json, Authentication authentication) {
		Resolution body = read(json, Resolution.class);
		ApiToken token = token(authentication);
		access.impediment(token, id);
		return detail(impediments.resolve(actor(token), id, (body.note() == null) ? "" : body.note().strip()));
	}

	@PostMapping("/api/v1/impediments/{id}/links")
	Map<String, Object> link(@PathVariable long id, @RequestBody String json, Authentication authentication) {
		Link body = read(json, Link.class);
		ApiToken token = token(authentication);
		access.impediment(token, id);
		if (body.url() == null || body.url().isBlank()) {
			throw new ApiProblem("url", "is required");
		}
		return detail(impediments.link(actor(token), id, body.url().strip()));
	}

	@PutMapping("/api/v1/impediments/{id}/owner")
	Map<String, Object> assign(@PathVariable long id, @RequestBody String json, Authentication authentication) {
		Owner body = read(json, Owner.class);
		ApiToken token = token(authentication);
		access.impediment(token, id);
		if (body.owner() == null || body.owner().isBlank()) {
			throw new ApiProblem("owner", "is required");
		}
		return detail(impediments.assign(actor(token), id, body.owner().strip()));
	}

	/** Reads a request body strictly: a field this request does not take is refused by name, never ignored. */
	private static <T> T read(String json, Class<T> type) {
		return STRICT.readValue(json, type);
	}

	private Map<String, Object> detail(ImpedimentLog.Located found) {
		Map<String, Object> body = json(found.team(), found.impediment());
		body.put("reporters", impediments.reporters(found.impediment()));
		body.put("links", impediments.links(found.impediment())
			.stream()
			.map((link) -> Map.of("url", link.url(), "label", link.label(), "tracker", link.tracker()))
			.toList());
		body.put("history", impediments.history(found.impediment()).stream().map(ApiController::json).toList());
		return body;
	}

	private static Map<String, Object> json(Team team, Impediment impediment) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", impediment.id());
		body.put("key", impediment.key());
		body.put("teamId", team.id());
		body.put("title", impediment.title());
		body.put("status", impediment.status().name().toLowerCase(java.util.Locale.ROOT));
		body.put("severity", impediment.severity().label());
		body.put("ownerId", impediment.ownerId());
		body.put("reporterId", impediment.reporterId());
		body.put("rung", impediment.rung());
		body.put("openedAt", iso(impediment.openedAt()));
		body.put("dueDate", (impediment.dueDate() != null) ? impediment.dueDate().toString() : null);
		body.put("resolvedAt", iso(impediment.resolvedAt()));
		body.put("resolvedBy", impediment.resolvedBy());
		body.put("resolutionNote", impediment.resolutionNote());
		return body;
	}

	private static Map<String, Object> json(ImpedimentEvent event) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("at", iso(event.at()));
		body.put("actorId", event.actorId());
		body.put("kind", event.kind());
		body.put("detail", event.detail());
		return body;
	}

	private static String iso(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC).toString() : null;
	}

	private static ApiToken token(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof ApiToken token) {
			return token;
		}
		throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
	}

	private static Actor actor(ApiToken token) {
		Viewer owner = token.owner();
		return new Actor(owner.platform(), owner.workspaceId(), owner.userId(), owner.name());
	}

	/** The body of a new impediment; the owner defaults to the token's owner, the severity to medium. */
	record NewImpediment(String title, String owner, String severity) {
	}

	/** The body of a comment. */
	record Comment(String text) {
	}

	/** The body of a resolution. */
	record Resolution(String note) {
	}

	/** The body of a link to a tracker issue. */
	record Link(String url) {
	}

	/** The body of a new owner. */
	record Owner(String owner) {
	}

}
