package dev.steward.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import dev.steward.digest.Trends;
import dev.steward.i18n.Words;
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
			Authentication authentication, Locale locale, Model model) {
		Viewer viewer = DashboardController.viewer(authentication);
		Words words = ViewerLocale.words(locale);
		Team team = access.visible(viewer, teamId).orElseThrow(DashboardController::notFound);
		Instant now = clock.instant();
		List<Trends.Point> points = switch (by) {
			case "week" -> trends.weekly(team, now, WEEKS, words);
			case "sprint" -> trends.bySprint(team, sprints.recent(team, WEEKS, words)
				.stream()
				.map((sprint) -> new Trends.Span(sprint.name(), sprint.startsOn(), sprint.endsOn()))
				.toList());
			default -> throw new LogFilter.BadFilter("by", "dashboard.bad-filter.by");
		};
		TeamCalendar calendar = ages.calendar(team);
		List<String> labels = points.stream().map(Trends.Point::label).toList();
		Set<Integer> rungs = new TreeSet<>();
		points.forEach((point) -> rungs.addAll(point.escalationsByRung().keySet()));
		model.addAttribute("viewer", viewer);
		model.addAttribute("team", team);
		model.addAttribute("by", by);
		model.addAttribute("points", points.stream().map((point) -> row(words, point, calendar)).toList());
		model.addAttribute("charts", charts(words, points, labels, rungs));
		return "dashboard/trends";
	}

	private static List<BarChart> charts(Words words, List<Trends.Point> points, List<String> labels,
			Set<Integer> rungs) {
		String impediments = words.get("dashboard.trends.unit.impediments");
		List<BarChart> charts = new java.util.ArrayList<>(List.of(
				BarChart.of(words, words.get("dashboard.trends.chart.participation"), "%", labels,
						List.of(series(words, "answered", "s1", points,
								(point) -> (point.participation() == null) ? 0.0 : point.participation())),
						false, 100),
				BarChart.of(words, words.get("dashboard.trends.chart.opened-resolved"), impediments, labels, List.of(
						series(words, "opened", "s3", points, (point) -> (double) point.opened()),
						series(words, "resolved", "s1", points, (point) -> (double) point.resolved())), false),
				BarChart.of(words, words.get("dashboard.trends.chart.time-to-resolve"),
						words.get("dashboard.trends.unit.hours"), labels, List.of(
								series(words, "median", "s2", points, (point) -> hours(point.medianResolve())),
								series(words, "p90", "s4", points, (point) -> hours(point.p90Resolve()))),
						false),
				BarChart.of(words, words.get("dashboard.trends.chart.escalations"),
						words.get("dashboard.trends.unit.rungs"), labels, rungs.stream()
							.map((rung) -> new BarChart.Series(
									words.get("dashboard.trends.series.rung", Integer.toString(rung)),
									"s" + (1 + (rung % 4)), values(points,
											(point) -> (double) point.escalationsByRung().getOrDefault(rung, 0L))))
							.toList(),
						true),
				BarChart.of(words, words.get("dashboard.trends.chart.flow"), impediments, labels, List.of(
						series(words, "resolved", "s1", points, (point) -> (double) point.resolvedAtEnd()),
						series(words, "open", "s3", points, (point) -> (double) point.openAtEnd())), true)));
		if (points.stream().anyMatch((point) -> !point.scales().isEmpty())) {
			charts.add(BarChart.of(words, words.get("dashboard.trends.chart.scales"),
					words.get("dashboard.trends.unit.score"), labels, List.of(
							series(words, "mood", "s2", points, (point) -> point.scales().getOrDefault("mood", 0.0)),
							series(words, "health", "s1", points,
									(point) -> point.scales().getOrDefault("health", 0.0))),
					false, 5));
		}
		return charts;
	}

	/** A series named by its {@code dashboard.trends.series.*} key. */
	private static BarChart.Series series(Words words, String name, String cssClass, List<Trends.Point> points,
			Function<Trends.Point, Double> value) {
		return new BarChart.Series(words.get("dashboard.trends.series." + name), cssClass, values(points, value));
	}

	private static List<Double> values(List<Trends.Point> points, Function<Trends.Point, Double> value) {
		return points.stream().map(value).toList();
	}

	private static double hours(Duration duration) {
		return (duration == null) ? 0 : Math.round(duration.toMinutes() / 6.0) / 10.0;
	}

	private static Row row(Words words, Trends.Point point, TeamCalendar calendar) {
		return new Row(point.label(), (point.participation() == null) ? "–" : point.participation() + " %",
				words.get("dashboard.of", Long.toString(point.answered()), Long.toString(point.prompted())),
				point.opened(), point.resolved(),
				(point.medianResolve() == null) ? "–" : calendar.describe(point.medianResolve(), words),
				(point.p90Resolve() == null) ? "–" : calendar.describe(point.p90Resolve(), words),
				point.escalations(), point.escalationsByRung(), point.openAtEnd(), point.resolvedAtEnd(),
				scales(words, point));
	}

	/** {@code mood 3.8 · health 4.0}, or a dash for a period without scores. */
	private static String scales(Words words, Trends.Point point) {
		return point.scales().isEmpty() ? "\u2013" : new TreeMap<>(point.scales()).descendingMap()
			.entrySet()
			.stream()
			.map((scale) -> scale(words, scale.getKey()) + " " + words.number(scale.getValue(), 1))
			.collect(java.util.stream.Collectors.joining(" \u00b7 "));
	}

	/** A scale's name: mood and health in the viewer's words, any other as stored. */
	private static String scale(Words words, String name) {
		return switch (name) {
			case "mood", "health" -> words.get("dashboard.trends.series." + name);
			default -> name;
		};
	}

	/** A period in the table under the charts. */
	record Row(String label, String participation, String answered, long opened, long resolved, String median,
			String p90, long escalations, Map<Integer, Long> byRung, long openAtEnd, long resolvedAtEnd,
			String scales) {
	}

}
