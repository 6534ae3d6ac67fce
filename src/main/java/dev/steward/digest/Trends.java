package dev.steward.digest;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.steward.i18n.Words;
import dev.steward.team.Team;

import org.springframework.stereotype.Component;

/**
 * A team's trends by week or by sprint: participation, impediments opened and resolved, working time to resolve
 * (median and 90th percentile), rungs fired, how many were open and resolved at each period's end, and the
 * stand-up's average mood and health scores. The numbers
 * come from the digest's own queries, so the dashboard and the digests never disagree.
 */
@Component
public class Trends {

	private final DigestQueries queries;

	Trends(DigestQueries queries) {
		this.queries = queries;
	}

	/** The last weeks (Monday to Monday in the team's zone), oldest first, the current one last, labelled in English. */
	public List<Point> weekly(Team team, Instant now, int weeks) {
		return weekly(team, now, weeks, Words.ENGLISH);
	}

	/** The last weeks, each labelled by its Monday in the reader's language ({@code 23 Nov}, {@code 23. Nov.}). */
	public List<Point> weekly(Team team, Instant now, int weeks, Words words) {
		DateTimeFormatter week = DateTimeFormatter.ofPattern(words.get("digest.week"), words.locale());
		ZoneId zone = team.zone();
		LocalDate monday = LocalDate.ofInstant(now, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<Span> spans = new ArrayList<>();
		for (int back = weeks - 1; back >= 0; back--) {
			LocalDate from = monday.minusWeeks(back);
			spans.add(new Span(week.format(from), from, from.plusDays(6)));
		}
		return points(team, spans);
	}

	/** The given sprints (name and days), oldest first, each from its first day to the end of its last. */
	public List<Point> bySprint(Team team, List<Span> sprints) {
		return points(team, sprints.stream().sorted(java.util.Comparator.comparing(Span::from)).toList());
	}

	/** Each span's numbers; the flow at every span's end comes from one pass over the team's impediments. */
	private List<Point> points(Team team, List<Span> spans) {
		ZoneId zone = team.zone();
		List<Instant> ends = spans.stream().map((span) -> span.to().plusDays(1).atStartOfDay(zone).toInstant()).toList();
		List<long[]> flows = queries.flowAt(List.of(team.id()), ends);
		List<Point> points = new ArrayList<>();
		for (int i = 0; i < spans.size(); i++) {
			Span span = spans.get(i);
			points.add(point(team, span, span.from().atStartOfDay(zone).toInstant(), ends.get(i), flows.get(i)));
		}
		return points;
	}

	private Point point(Team team, Span span, Instant start, Instant end, long[] flow) {
		List<Long> teams = List.of(team.id());
		String label = span.name();
		LocalDate from = span.from();
		LocalDate to = span.to();
		Period period = new Period(label, start, end);
		long[] answers = queries.answers(teams, period).getOrDefault(team.id(), new long[2]);
		List<Duration> resolved = queries.resolveTimes(teams, period).getOrDefault(team.id(), List.of())
			.stream()
			.sorted()
			.toList();
		return new Point(label, from, to, answers[0], answers[1], queries.opened(teams, period).getOrDefault(team.id(),
				0L), resolved.size(), Digest.percentile(resolved, 50).orElse(null),
				Digest.percentile(resolved, 90).orElse(null), queries.escalationsByRung(teams, period), flow[0],
				flow[1], queries.scales(teams, period)
					.stream()
					.collect(java.util.stream.Collectors.toMap(Digest.ScaleTrend::scale, Digest.ScaleTrend::average)));
	}

	/**
	 * A sprint's name and days, as the trends need them.
	 *
	 * @param name its name
	 * @param from its first day
	 * @param to its last day
	 */
	public record Span(String name, LocalDate from, LocalDate to) {
	}

	/**
	 * One period's numbers.
	 *
	 * @param label the period: its Monday ({@code 23 Nov}) or a sprint's name
	 * @param from its first day
	 * @param to its last day
	 * @param prompted how many prompts went out
	 * @param answered how many of them were answered
	 * @param opened impediments opened
	 * @param resolved impediments resolved
	 * @param medianResolve the median working time to resolve those, or null
	 * @param p90Resolve the 90th percentile, or null
	 * @param escalationsByRung rungs fired, by rung
	 * @param openAtEnd impediments open at the period's end
	 * @param resolvedAtEnd impediments resolved by then, all told
	 * @param scales the stand-up's average score by scale ({@code mood}, {@code health}); none without scores
	 */
	public record Point(String label, LocalDate from, LocalDate to, long prompted, long answered, long opened,
			long resolved, Duration medianResolve, Duration p90Resolve, Map<Integer, Long> escalationsByRung,
			long openAtEnd, long resolvedAtEnd, Map<String, Double> scales) {

		/** Answered over prompted, as a whole percentage; null when no one was prompted. */
		public Integer participation() {
			return (prompted == 0) ? null : (int) Math.round(100.0 * answered / prompted);
		}

		public long escalations() {
			return escalationsByRung.values().stream().mapToLong(Long::longValue).sum();
		}

	}

}
