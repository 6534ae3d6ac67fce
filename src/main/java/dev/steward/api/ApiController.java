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
import dev.steward.impediment.ChangeArea;
import dev.steward.impediment.Impediment;
import dev.steward.impediment.ImpedimentEvent;
import dev.steward.impediment.ImpedimentLog;
import dev.steward.impediment.ImpedimentPage;
import dev.steward.impediment.LogKind;
import dev.steward.impediment.Severity;
import dev.steward.sprint.GoalLinks;
import dev.steward.sprint.Lessons;
import dev.steward.sprint.SprintOverview;
import dev.steward.standup.StandupHistory;
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
 * impediment with its history, the stand-ups (days, a day's answers, a search), sprints and lessons, and what a PM
 * does in chat: log, assign, comment, link, resolve, record a lesson. Writes act as the token's
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

	private final StandupHistory standups;

	private final SprintOverview sprints;

	private final Lessons lessonBook;

	private final GoalLinks goals;

	ApiController(ApiAccess access, TeamAccess teams, ImpedimentLog impediments, ApiProperties properties,
			Clock clock, StandupHistory standups, SprintOverview sprints, Lessons lessonBook, GoalLinks goals) {
		this.goals = goals;
		this.standups = standups;
		this.sprints = sprints;
		this.lessonBook = lessonBook;
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
		LogFilter filter = LogFilter.parseForApi(request.getParameterMap(), clock.instant(), properties.pageSize());
		if (filter.goal() > 0) {
			filter = filter.onlyOf(goals.threatening(team, filter.goal()));
		}
		ImpedimentPage page = impediments.search(team, filter.query());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("items", page.rows().stream().map((impediment) -> json(team, impediment)).toList());
		body.put("page", page.page());
		body.put("size", page.size());
		body.put("total", page.total());
		body.put("pages", page.pages());
		return body;
	}

	@GetMapping("/api/v1/teams/{teamId}/standups")
	List<Map<String, Object>> standupDays(@PathVariable long teamId, Authentication authentication) {
		Team team = access.team(token(authentication), teamId);
		return standups.days(team, 366)
			.stream()
			.map((day) -> Map.<String, Object>of("date", day.date().toString(), "asked", day.asked(), "answered",
					day.answered(), "reported", day.reported()))
			.toList();
	}

	@GetMapping("/api/v1/teams/{teamId}/standups/{date}")
	List<Map<String, Object>> standupDay(@PathVariable long teamId, @PathVariable String date,
			Authentication authentication) {
		Team team = access.team(token(authentication), teamId);
		java.time.LocalDate day;
		try {
			day = java.time.LocalDate.parse(date);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new ApiProblem("date", "must be a date such as 2026-11-23");
		}
		return standups.day(team, day)
			.stream()
			.map((entry) -> {
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("userId", entry.userId());
				body.put("name", entry.name());
				body.put("standup", entry.standup());
				body.put("state", entry.state());
				body.put("answeredAt", iso(entry.answeredAt()));
				body.put("answers", entry.answers()
					.stream()
					.map((answer) -> Map.of("question", answer.question(), "answer", answer.text()))
					.toList());
				return body;
			})
			.toList();
	}

	@GetMapping("/api/v1/teams/{teamId}/standups/answers")
	List<Map<String, Object>> standupAnswers(@PathVariable long teamId, Authentication authentication,
			HttpServletRequest request) {
		Team team = access.team(token(authentication), teamId);
		for (String name : request.getParameterMap().keySet()) {
			if (!name.equals("q") && !name.equals("person")) {
				throw new ApiProblem(name, "is not a filter of answers; use q or person");
			}
		}
		String q = request.getParameter("q");
		String person = request.getParameter("person");
		List<StandupHistory.Answer> answers;
		if (q != null && !q.isBlank()) {
			if (q.length() > 200) {
				throw new ApiProblem("q", "is longer than 200 characters");
			}
			answers = standups.search(team, q, 200);
		}
		else if (person != null && !person.isBlank()) {
			answers = standups.byPerson(team, person, 200);
		}
		else {
			throw new ApiProblem("q", "or person is required");
		}
		return answers.stream()
			.map((answer) -> Map.<String, Object>of("date", answer.date().toString(), "userId", answer.userId(),
					"name", answer.name(), "question", answer.question(), "answer", answer.text()))
			.toList();
	}

	@GetMapping("/api/v1/teams/{teamId}/sprints")
	List<Map<String, Object>> sprints(@PathVariable long teamId, Authentication authentication) {
		Team team = access.team(token(authentication), teamId);
		return sprints.recent(team, 100).stream().map((sprint) -> {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("name", sprint.name());
			body.put("startsOn", sprint.startsOn().toString());
			body.put("endsOn", sprint.endsOn().toString());
			body.put("current", sprint.current());
			body.put("goals", sprint.goals().stream().map((goal) -> {
				Map<String, Object> one = new LinkedHashMap<>();
				one.put("label", goal.label());
				one.put("measure", goal.measure());
				one.put("reviewOutcome", goal.outcome());
				one.put("reviewNote", goal.reviewNote());
				return one;
			}).toList());
			return body;
		}).toList();
	}

	@GetMapping("/api/v1/teams/{teamId}/lessons")
	List<Map<String, Object>> lessons(@PathVariable long teamId, Authentication authentication) {
		Team team = access.team(token(authentication), teamId);
		return sprints.lessons(team, 1000).stream().map((lesson) -> {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("text", lesson.text());
			body.put("authorId", lesson.authorId());
			body.put("recordedAt", iso(lesson.at()));
			body.put("sprint", lesson.sprintName());
			body.put("impediment", lesson.impedimentKey());
			return body;
		}).toList();
	}

	@PostMapping("/api/v1/teams/{teamId}/lessons")
	ResponseEntity<Map<String, Object>> recordLesson(@PathVariable long teamId, @RequestBody String json,
			Authentication authentication) {
		NewLesson body = read(json, NewLesson.class);
		if (body.text() == null || body.text().isBlank()) {
			throw new ApiProblem("text", "is required");
		}
		ApiToken token = token(authentication);
		Team team = access.team(token, teamId);
		Long impediment = null;
		if (body.impediment() != null) {
			try {
				impediment = dev.steward.command.Args.impedimentId(body.impediment());
			}
			catch (UsageException ex) {
				throw new ApiProblem("impediment", "must be an impediment key such as IMP-12");
			}
			access.impediment(token, impediment);
		}
		lessonBook.record(team, actor(token), body.text(), impediment);
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("recorded", true));
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
		LogKind kind = (body.kind() == null) ? LogKind.IMPEDIMENT : LogKind.named(body.kind())
			.orElseThrow(() -> new ApiProblem("kind", "must be impediment, issue or change_request"));
		if (kind == LogKind.IMPEDIMENT && body.impact() != null) {
			throw new ApiProblem("impact", "is for issues and change requests");
		}
		Impediment opened = impediments.open(team, kind, body.title().strip(), (body.owner() == null)
				? reporter.userId() : body.owner(), reporter, severity, null,
				new Impediment.Details(body.impact(), java.util.Set.of()));
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
		body.put("kind", impediment.kind().name().toLowerCase(java.util.Locale.ROOT));
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
		body.put("impact", impediment.impact());
		body.put("changes", impediment.changeAreas().stream().sorted().map(ChangeArea::label).toList());
		body.put("decision", (impediment.decision() != null) ? impediment.decision().label() : null);
		body.put("decisionReason", impediment.decisionReason());
		body.put("decidedAt", iso(impediment.decidedAt()));
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

	/**
	 * The body of a new entry of the log: an impediment unless {@code kind} says issue or change_request; the owner
	 * defaults to the token's owner, the severity to medium; an issue or a change request may carry its impact.
	 */
	record NewImpediment(String title, String owner, String severity, String kind, String impact) {
	}

	/** The body of a comment. */
	record Comment(String text) {
	}

	/** The body of a resolution. */
	record Resolution(String note) {
	}

	/** The body of a lesson: what was learned, and the impediment it is about (its key), if any. */
	record NewLesson(String text, String impediment) {
	}

	/** The body of a link to a tracker issue. */
	record Link(String url) {
	}

	/** The body of a new owner. */
	record Owner(String owner) {
	}

}
