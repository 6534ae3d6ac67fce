package dev.steward.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.steward.i18n.Words;
import dev.steward.impediment.AgeClock;
import dev.steward.impediment.WorkingAge;
import dev.steward.sprint.SprintOverview;
import dev.steward.team.Team;
import dev.steward.team.TeamCalendar;
import dev.steward.team.TeamCalendars;

import org.springframework.stereotype.Component;

/** Composes a digest for a set of teams and a period from a handful of set-based queries. */
@Component
class DigestComposer {

	static final int CHART_DAYS = 7;

	static final int OLDEST_NAMED = 3;

	private final DigestQueries queries;

	private final WorkingAge ages;

	private final SprintOverview sprints;

	private final TeamCalendars calendars;

	DigestComposer(DigestQueries queries, WorkingAge ages, SprintOverview sprints, TeamCalendars calendars) {
		this.calendars = calendars;
		this.queries = queries;
		this.ages = ages;
		this.sprints = sprints;
	}

	/** A digest whose holiday names and days are in English. */
	Digest compose(List<Team> teams, Period period, boolean late, Optional<SubscriptionRepository.Sent> previous,
			ZoneId zone) {
		return compose(teams, period, late, previous, zone, Words.ENGLISH);
	}

	/** A digest whose holiday names and days are in the reader's words. */
	Digest compose(List<Team> teams, Period period, boolean late, Optional<SubscriptionRepository.Sent> previous,
			ZoneId zone, Words words) {
		List<Long> ids = teams.stream().map(Team::id).toList();
		Instant chartFrom = period.end().minus(Duration.ofDays(CHART_DAYS));
		List<DigestQueries.ImpedimentRow> rows = queries.activeBetween(ids, chartFrom.isBefore(period.start())
				? chartFrom : period.start(), period.end());
		Map<Long, List<Duration>> resolveTimes = queries.resolveTimes(ids, period);
		Map<Long, Long> escalations = queries.escalations(ids, period);
		Map<Long, Long> standups = queries.standups(ids, period);
		Map<Long, long[]> answers = queries.answers(ids, period);
		Map<Long, List<String>> silent = queries.silent(ids, period);
		Map<Long, DigestQueries.IssueCounts> issues = queries.issues(ids, period);
		List<DigestQueries.DecidedChange> decided = queries.decidedChanges(ids, period);
		Map<Long, Long> undecided = queries.undecidedChanges(ids);
		List<Digest.ScaleTrend> scales = queries.scales(ids, period);
		Map<Long, TeamCalendar> calendars = new HashMap<>();
		teams.forEach((team) -> calendars.put(team.id(), ages.calendar(team)));
		Map<Long, AgeClock> clocks = ages.clocks(rows.stream().map(DigestQueries.ImpedimentRow::facts).toList(),
				calendars);
		Map<Long, Instant[]> boundaries = new HashMap<>();
		rows.forEach((row) -> boundaries.put(row.id(), AgeBand.boundaries(clocks.get(row.id()))));
		List<Digest.TeamFigures> figures = new ArrayList<>();
		for (Team team : teams) {
			List<DigestQueries.ImpedimentRow> mine = rows.stream().filter((row) -> row.teamId() == team.id()).toList();
			long[] prompted = answers.getOrDefault(team.id(), new long[2]);
			figures.add(new Digest.TeamFigures(team, standups.getOrDefault(team.id(), 0L), prompted[0], prompted[1],
					silent.getOrDefault(team.id(), List.of()), daysOff(team, calendars.get(team.id()), period, words),
					opened(mine, period),
					resolveTimes.getOrDefault(team.id(), List.of()), open(mine, clocks, boundaries, period, words),
					escalations.getOrDefault(team.id(), 0L), sprints.currentSprint(team), sprints.currentGoals(team, words),
					sprints.lastReview(team, words), new Digest.Execution(issues.getOrDefault(team.id(),
							DigestQueries.IssueCounts.NONE), decided.stream().filter((change) -> change.teamId() == team.id())
						.toList(), undecided.getOrDefault(team.id(), 0L)), scales.stream()
							.filter((scale) -> scale.teamId() == team.id())
							.toList()));
		}
		return new Digest(period, late, figures, chart(rows, boundaries, period.end(), zone), previous);
	}

	private static long opened(List<DigestQueries.ImpedimentRow> rows, Period period) {
		return rows.stream()
			.filter((row) -> !row.openedAt().isBefore(period.start()) && row.openedAt().isBefore(period.end()))
			.count();
	}

	private static List<Digest.OpenItem> open(List<DigestQueries.ImpedimentRow> rows, Map<Long, AgeClock> clocks,
			Map<Long, Instant[]> boundaries, Period period, Words words) {
		List<DigestQueries.ImpedimentRow> open = rows.stream()
			.filter((row) -> row.activeAt(period.end()))
			.sorted(Comparator.comparing(DigestQueries.ImpedimentRow::climbStartedAt))
			.toList();
		List<Digest.OpenItem> items = new ArrayList<>();
		for (int i = 0; i < open.size(); i++) {
			DigestQueries.ImpedimentRow row = open.get(i);
			AgeClock clock = clocks.get(row.id());
			String age = i < OLDEST_NAMED ? clock.calendar().describe(clock.at(period.end()), words) : null;
			items.add(new Digest.OpenItem(row, AgeBand.at(boundaries.get(row.id()), period.end()), age));
		}
		return items;
	}

	/** The team's holidays in the period, each with its name and day: {@code Offsite (Thu 26 Nov)}. */
	private List<String> daysOff(Team team, TeamCalendar calendar, Period period, Words words) {
		Map<LocalDate, String> named = calendars.holidays(team);
		List<String> off = new ArrayList<>();
		LocalDate last = period.end().atZone(calendar.zone()).toLocalDate();
		for (LocalDate date = period.start().atZone(calendar.zone()).toLocalDate(); !date.isAfter(last)
				&& off.size() < 7; date = date.plusDays(1)) {
			if (calendar.isHoliday(date)) {
				LocalDate day = date;
				String name = Optional.ofNullable(named.get(day))
					.or(() -> calendar.publicHolidays().nameOf(day, words))
					.orElseGet(() -> words.get("digest.holiday"));
				off.add(words.get("digest.day-off", name, words.day(date)));
			}
		}
		return off;
	}

	private static List<Digest.ChartDay> chart(List<DigestQueries.ImpedimentRow> rows, Map<Long, Instant[]> boundaries,
			Instant end, ZoneId zone) {
		List<Digest.ChartDay> days = new ArrayList<>();
		for (int back = CHART_DAYS - 1; back >= 0; back--) {
			Instant at = end.minus(Duration.ofDays(back));
			Map<AgeBand, Integer> counts = new EnumMap<>(AgeBand.class);
			for (AgeBand band : AgeBand.values()) {
				counts.put(band, 0);
			}
			for (DigestQueries.ImpedimentRow row : rows) {
				if (row.activeAt(at)) {
					counts.merge(AgeBand.at(boundaries.get(row.id()), at), 1, Integer::sum);
				}
			}
			LocalDate date = at.atZone(zone).toLocalDate();
			days.add(new Digest.ChartDay(date, counts));
		}
		return days;
	}

}
