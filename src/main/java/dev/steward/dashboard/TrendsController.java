package dev.steward.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import dev.steward.digest.Trends;
import dev.steward.impediment.WorkingAge;
import dev.steward.sprint.SprintOverview;
import dev.steward.team.Team;
import dev.steward.team.TeamCalendar;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A team's trends, by week or by sprint: participation, impediments opened and resolved, working time to resolve
 * (median and 90th percentile), rungs fired, a cumulative flow of open and resolved impediments, and the stand-up's
 * average mood and health when it asks on a scale; each chart has its numbers in a table beside it.
 */
@Controller
class TrendsController {

	private static final int WEEKS = 12;

	private final TeamAccess access;

	private final Trends trends;

	private final SprintOverview sprints;

	private final WorkingAge ages;

	private final Clock clock;

	TrendsController(TeamAccess access, Trends trends, SprintOverview sprints, WorkingAge ages, Clock clock) {
		this.access = access;
		this.trends = trends;
		this.sprints = sprints;
		this.ages = ages;
		this.clock = clock;
	}

	@GetMapping("/dashboard/teams/{teamId}/trends")
	String trends(@PathVariable long teamId, @RequestParam(defaultValue = "week") String by,
			Authentication authentication, Model model) {
		Viewer viewer = DashboardController.viewer(authentication);
		Team team = access.visible(viewer, teamId).orElseThrow(DashboardController::notFound);
		Instant now = clock.instant();
		List<Trends.Point> points = switch (by) {
			case "week" -> trends.weekly(team, now, WEEKS);
			case "sprint" -> trends.bySprint(team, sprints.recent(team, WEEKS)
				.stream()
				.map((sprint) -> new Trends.Span(sprint.name(), sprint.startsOn(), sprint.endsOn()))
				.toList());
			default -> throw new LogFilter.BadFilter("by", "must be week or sprint");
		};
		TeamCalendar calendar = ages.calendar(team);
		List<String> labels = points.stream().map(Trends.Point::label).toList();
		Set<Integer> rungs = new TreeSet<>();
		points.forEach((point) -> rungs.addAll(point.escalationsByRung().keySet()));
		model.addAttribute("viewer", viewer);
		model.addAttribute("team", team);
		model.addAttribute("by", by);
		model.addAttribute("points", points.stream().map((point) -> row(point, calendar)).toList());
		List<BarChart> charts = new java.util.ArrayList<>(List.of(
				BarChart.of("Participation", "%", labels, List.of(series("answered", "s1", points,
						(point) -> (point.participation() == null) ? 0.0 : point.participation())), false, 100),
				BarChart.of("Impediments opened and resolved", "impediments", labels, List.of(
						series("opened", "s3", points, (point) -> (double) point.opened()),
						series("resolved", "s1", points, (point) -> (double) point.resolved())), false),
				BarChart.of("Working time to resolve", "hours", labels, List.of(
						series("median", "s2", points, (point) -> hours(point.medianResolve())),
						series("90th percentile", "s4", points, (point) -> hours(point.p90Resolve()))), false),
				BarChart.of("Escalations by rung", "rungs fired", labels, rungs.stream()
					.map((rung) -> series("rung " + rung, "s" + (1 + (rung % 4)), points,
							(point) -> (double) point.escalationsByRung().getOrDefault(rung, 0L)))
					.toList(), true),
				BarChart.of("Cumulative flow", "impediments", labels, List.of(
						series("resolved", "s1", points, (point) -> (double) point.resolvedAtEnd()),
						series("open", "s3", points, (point) -> (double) point.openAtEnd())), true)));
		if (points.stream().anyMatch((point) -> !point.scales().isEmpty())) {
			charts.add(BarChart.of("Mood and health (average, 1 to 5)", "score", labels, List.of(
					series("mood", "s2", points, (point) -> point.scales().getOrDefault("mood", 0.0)),
					series("health", "s1", points, (point) -> point.scales().getOrDefault("health", 0.0))), false, 5));
		}
		model.addAttribute("charts", charts);
		return "dashboard/trends";
	}

	private static BarChart.Series series(String name, String cssClass, List<Trends.Point> points,
			Function<Trends.Point, Double> value) {
		return new BarChart.Series(name, cssClass, points.stream().map(value).toList());
	}

	private static double hours(Duration duration) {
		return (duration == null) ? 0 : Math.round(duration.toMinutes() / 6.0) / 10.0;
	}

	private static Row row(Trends.Point point, TeamCalendar calendar) {
		return new Row(point.label(), (point.participation() == null) ? "–" : point.participation() + " %",
				point.answered() + " of " + point.prompted(), point.opened(), point.resolved(),
				(point.medianResolve() == null) ? "–" : calendar.describe(point.medianResolve()),
				(point.p90Resolve() == null) ? "–" : calendar.describe(point.p90Resolve()), point.escalations(),
				point.escalationsByRung(), point.openAtEnd(), point.resolvedAtEnd(), scales(point));
	}

	/** {@code mood 3.8 · health 4.0}, or a dash for a period without scores. */
	private static String scales(Trends.Point point) {
		return point.scales().isEmpty() ? "\u2013" : new TreeMap<>(point.scales()).descendingMap()
			.entrySet()
			.stream()
			.map((scale) -> scale.getKey() + " " + String.format(java.util.Locale.ROOT, "%.1f", scale.getValue()))
			.collect(java.util.stream.Collectors.joining(" \u00b7 "));
	}

	/** A period in the table under the charts. */
	record Row(String label, String participation, String answered, long opened, long resolved, String median,
			String p90, long escalations, Map<Integer, Long> byRung, long openAtEnd, long resolvedAtEnd,
			String scales) {
	}

}
