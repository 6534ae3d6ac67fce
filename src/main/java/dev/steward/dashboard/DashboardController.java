package dev.steward.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.steward.command.Actor;
import dev.steward.command.UsageException;
import dev.steward.i18n.Words;
import dev.steward.impediment.AgeClock;
import dev.steward.impediment.Impediment;
import dev.steward.impediment.ImpedimentEvent;
import dev.steward.impediment.ImpedimentLog;
import dev.steward.impediment.ImpedimentPage;
import dev.steward.impediment.ChangeArea;
import dev.steward.impediment.ImpedimentQuery;
import dev.steward.impediment.LogKind;
import dev.steward.impediment.ImpedimentStatus;
import dev.steward.impediment.WorkingAge;
import dev.steward.sprint.GoalLinks;
import dev.steward.sprint.SprintOverview;
import dev.steward.standup.StandupHistory;
import dev.steward.team.Team;
import dev.steward.team.TeamCalendar;
import dev.steward.team.TeamRepository;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The dashboard's pages: the viewer's teams and how each stands today, a team's impediment log (filtered, sorted,
 * searched, 50 to a page), and one impediment with its history. Another team's page answers 404, as if it did not
 * exist.
 */
@Controller
class DashboardController {

	/** The kinds of history line with a {@code dashboard.event.*} name. */
	private static final java.util.Set<String> EVENTS = java.util.Set.of("ACKNOWLEDGED", "ASSESSED", "ASSIGNED",
			"COMMENTED", "DUE", "ESCALATED", "IMPACT", "LINKED", "MERGED", "MERGED_IN", "OPENED", "REOPENED",
			"RESOLVED", "SEVERITY", "SNOOZED", "STANDUP", "UPDATE_REQUESTED", "WOKE", "APPROVED", "REJECTED",
			"DEFERRED");

	private final TeamAccess access;

	private final ImpedimentLog impediments;

	private final WorkingAge ages;

	private final StandupHistory standups;

	private final SprintOverview sprints;

	private final DashboardProperties properties;

	private final Clock clock;

	private final GoalLinks goals;

	private final TeamRepository teams;

	DashboardController(TeamAccess access, ImpedimentLog impediments, WorkingAge ages, StandupHistory standups,
			SprintOverview sprints, DashboardProperties properties, Clock clock, GoalLinks goals,
			TeamRepository teams) {
		this.goals = goals;
		this.teams = teams;
		this.access = access;
		this.impediments = impediments;
		this.ages = ages;
		this.standups = standups;
		this.sprints = sprints;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/dashboard")
	String teams(Authentication authentication, Locale locale, Model model) {
		Viewer viewer = viewer(authentication);
		Words words = ViewerLocale.words(locale);
		Instant now = clock.instant();
		List<TeamCard> cards = new ArrayList<>();
		for (Team team : access.visible(viewer)) {
			LocalDate today = LocalDate.ofInstant(now, team.zone());
			String standup = standups.status(team, today)
				.map((day) -> standup(words, day.answered(), day.asked(), day.reported()))
				.orElse(words.get("dashboard.teams.no-standup"));
			long open = count(team, EnumSet.of(ImpedimentStatus.OPEN, ImpedimentStatus.SNOOZED,
					ImpedimentStatus.ESCALATED));
			long escalated = count(team, EnumSet.of(ImpedimentStatus.ESCALATED));
			List<String> atRisk = sprints.currentGoals(team, words)
				.stream()
				.filter(SprintOverview.GoalStatus::atRisk)
				.map(SprintOverview.GoalStatus::label)
				.toList();
			cards.add(new TeamCard(team.id(), team.name(), words.dayWithYear(today), standup, open, escalated, atRisk));
		}
		model.addAttribute("viewer", viewer);
		model.addAttribute("teams", cards);
		return "dashboard/teams";
	}

	@GetMapping("/dashboard/teams/{teamId}/impediments")
	String log(@PathVariable long teamId, Authentication authentication, HttpServletRequest request, Locale locale,
			Model model) {
		Viewer viewer = viewer(authentication);
		Words words = ViewerLocale.words(locale);
		Team team = access.visible(viewer, teamId).orElseThrow(DashboardController::notFound);
		Instant now = clock.instant();
		LogFilter filter = LogFilter.parse(request.getParameterMap(), now, properties.pageSize());
		if (filter.goal() > 0) {
			filter = filter.onlyOf(goals.threatening(team, filter.goal()));
		}
		ImpedimentPage page = impediments.search(team, filter.query());
		Map<String, String> names = access.names(team);
		TeamCalendar calendar = ages.calendar(team);
		Map<Long, AgeClock> clocks = ages.clocks(team, page.rows());
		List<Row> rows = page.rows()
			.stream()
			.map((impediment) -> row(words, impediment, names, calendar, clocks.get(impediment.id()).at(now),
					team.zone()))
			.toList();
		model.addAttribute("viewer", viewer);
		model.addAttribute("team", team);
		model.addAttribute("filter", filter.values());
		model.addAttribute("people", names);
		model.addAttribute("rows", rows);
		model.addAttribute("page", page);
		model.addAttribute("previous", page.page() > 1 ? filter.pageLink(page.page() - 1) : null);
		model.addAttribute("next", page.page() < page.pages() ? filter.pageLink(page.page() + 1) : null);
		return "dashboard/impediments";
	}

	@PostMapping("/dashboard/impediments/{id}/links")
	String link(@PathVariable long id, @RequestParam(defaultValue = "") String url, Authentication authentication,
			Locale locale, Model model, HttpServletResponse response) {
		Viewer viewer = viewer(authentication);
		ImpedimentLog.Located found = impediments.find(id).orElseThrow(DashboardController::notFound);
		access.visible(viewer, found.team().id()).orElseThrow(DashboardController::notFound);
		try {
			Actor actor = new Actor(viewer.platform(), viewer.workspaceId(), viewer.userId(), viewer.name());
			Words.reading(ViewerLocale.words(locale), () -> impediments.link(actor, id, url));
		}
		catch (UsageException refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", refused.getMessage());
			return impediment(id, authentication, locale, model);
		}
		return "redirect:/dashboard/impediments/" + id;
	}

	@GetMapping("/dashboard/impediments/{id}")
	String impediment(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
		Viewer viewer = viewer(authentication);
		Words words = ViewerLocale.words(locale);
		ImpedimentLog.Located found = impediments.find(id).orElseThrow(DashboardController::notFound);
		Team team = access.visible(viewer, found.team().id()).orElseThrow(DashboardController::notFound);
		Impediment impediment = found.impediment();
		Map<String, String> names = access.names(team);
		Instant now = clock.instant();
		Row row = row(words, impediment, names, ages.calendar(team), ages.of(impediment, team, now), team.zone());
		List<Line> history = impediments.history(impediment)
			.stream()
			.map((event) -> line(words, event, names, team.zone()))
			.toList();
		model.addAttribute("viewer", viewer);
		model.addAttribute("team", team);
		model.addAttribute("impediment", row);
		model.addAttribute("reporters", impediments.reporters(impediment).stream().map((user) -> name(names, user))
			.toList());
		model.addAttribute("helpers", impediments.helpers(impediment).stream().map((user) -> name(names, user)).toList());
		model.addAttribute("resolution", impediment.resolutionNote());
		model.addAttribute("links", impediments.links(impediment));
		model.addAttribute("goal", goals.goalAtRisk(impediment.id()).orElse(null));
		model.addAttribute("standups", impediments.standupMentions(impediment)
			.stream()
			.map((mention) -> words.dayWithYear(LocalDate.ofInstant(mention.at(), team.zone())) + ", "
					+ teams.member(mention.memberId())
						.map(dev.steward.team.Member::displayName)
						.orElseGet(() -> words.get("dashboard.impediment.someone-who-left")))
			.toList());
		model.addAttribute("history", history);
		return "dashboard/impediment";
	}


	private long count(Team team, java.util.Set<ImpedimentStatus> statuses) {
		return impediments.search(team, new ImpedimentQuery(java.util.Set.of(LogKind.IMPEDIMENT), statuses, null, null,
				0, null, null, null, ImpedimentQuery.Sort.NEWEST, 1, 1)).total();
	}

	/** {@code 3 of 4 answered, summary posted}. */
	private static String standup(Words words, int answered, int asked, boolean reported) {
		String counted = words.get("dashboard.answered-of", Integer.toString(answered), Integer.toString(asked));
		return reported ? words.get("dashboard.teams.summary-posted", counted) : counted;
	}

	private static Row row(Words words, Impediment impediment, Map<String, String> names, TeamCalendar calendar,
			Duration age, ZoneId zone) {
		return new Row(impediment.id(), impediment.key(), kind(words, impediment.kind()), impediment.title(),
				name(names, impediment.ownerId()), impediment.severity().label(words),
				impediment.describeStatus(words), impediment.rung(), calendar.describe(age, words),
				PageDates.when(words, impediment.openedAt().atZone(zone)), impediment.impact(),
				ChangeArea.describe(impediment.changeAreas(), words), (impediment.decision() == null) ? null
						: impediment.decision().label(words) + ": " + impediment.decisionReason());
	}

	/** The kind as the log's filter names it: {@code change request}. */
	static String kind(Words words, LogKind kind) {
		return words.get("dashboard.kind." + kind.name().toLowerCase(Locale.ROOT));
	}

	private static Line line(Words words, ImpedimentEvent event, Map<String, String> names, ZoneId zone) {
		return new Line(PageDates.when(words, event.at().atZone(zone)), name(names, event.actorId()),
				event(words, event.kind()), event.text(words));
	}

	/** What happened ({@code opened}) in the viewer's words, or as stored for a kind this page does not know. */
	private static String event(Words words, String kind) {
		return EVENTS.contains(kind) ? words.get("dashboard.event." + kind)
				: kind.toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	private static String name(Map<String, String> names, String userId) {
		if (ImpedimentLog.STEWARD.equals(userId)) {
			return "Steward";
		}
		return names.getOrDefault(userId, userId);
	}

	static Viewer viewer(Authentication authentication) {
		return Viewers.require(authentication);
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	/** A team on the front page. */
	record TeamCard(long id, String name, String today, String standup, long open, long escalated,
			List<String> goalsAtRisk) {
	}

	/** An impediment as a line of the log. */
	record Row(long id, String key, String kind, String title, String owner, String severity, String status, int rung,
			String age, String opened, String impact, String changes, String decision) {
	}

	/** A line of an impediment's history. */
	record Line(String when, String who, String what, String detail) {
	}

}
