package dev.steward.digest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.steward.i18n.Words;
import dev.steward.sprint.SprintOverview;
import dev.steward.team.Team;

/**
 * Everything one digest says, computed once: per team and overall.
 *
 * @param period the span it covers
 * @param late whether it goes out after the service was down at its time
 * @param teams each team's figures
 * @param chart open impediments by age band at the end of each of the last seven days
 * @param previous what the previous digest said, if any
 */
record Digest(Period period, boolean late, List<TeamFigures> teams, List<ChartDay> chart,
		Optional<SubscriptionRepository.Sent> previous) {

	/**
	 * One team's figures.
	 *
	 * @param team the team
	 * @param standups stand-up summaries sent in the period
	 * @param prompted prompts sent in the period
	 * @param answered prompts answered
	 * @param silent members prompted who never answered
	 * @param daysOff the team's holidays in the period, by name
	 * @param opened impediments opened in the period
	 * @param resolveTimes working times to resolve of those resolved in the period
	 * @param open the impediments open at the period's end, oldest first, with their band
	 * @param escalations rungs fired in the period
	 * @param sprint the current sprint's name, if one runs
	 * @param goals its goals
	 * @param lastReview the last review's outcomes, if any
	 * @param execution the rest of the execution log: issues and change requests
	 * @param scales the stand-up's average scores per scale, with the change on the period before
	 */
	record TeamFigures(Team team, long standups, long prompted, long answered, List<String> silent,
			List<String> daysOff, long opened,
			List<Duration> resolveTimes, List<OpenItem> open, long escalations, Optional<String> sprint,
			List<SprintOverview.GoalStatus> goals, Optional<String> lastReview, Execution execution,
			List<ScaleTrend> scales) {

		/** A team's figures without stand-up scores. */
		TeamFigures(Team team, long standups, long prompted, long answered, List<String> silent, List<String> daysOff,
				long opened, List<Duration> resolveTimes, List<OpenItem> open, long escalations, Optional<String> sprint,
				List<SprintOverview.GoalStatus> goals, Optional<String> lastReview, Execution execution) {
			this(team, standups, prompted, answered, silent, daysOff, opened, resolveTimes, open, escalations, sprint,
					goals, lastReview, execution, List.of());
		}

	}

	/**
	 * A team's average stand-up score on one scale in the period.
	 *
	 * @param teamId the team
	 * @param scale mood or health
	 * @param average the average score in the period
	 * @param earlier the average in the period of the same length before, or null when there were no scores
	 */
	record ScaleTrend(long teamId, String scale, double average, Double earlier) {

		/** {@code mood 3.8, ↓ 0.4 on the period before}, or {@code mood 3.8, no earlier scores}. */
		String line() {
			return line(Words.ENGLISH);
		}

		/** The line in the reader's words, with the numbers as their language writes them. */
		String line(Words words) {
			String name = scaleName(words);
			String now = tenth(average, words);
			if (earlier == null) {
				return words.get("digest.scale.earlier", name, now);
			}
			long tenths = Math.round((average - earlier) * 10);
			if (tenths == 0) {
				return words.get("digest.scale.unchanged", name, now);
			}
			return words.get((tenths > 0) ? "digest.scale.up" : "digest.scale.down", name, now,
					tenth(Math.abs(tenths) / 10.0, words));
		}

		/** One decimal, rounded half up as the English line always was ({@code 3.25} is {@code 3.3}). */
		private static String tenth(double value, Words words) {
			return words.number(new BigDecimal(value).setScale(1, RoundingMode.HALF_UP).doubleValue(), 1);
		}

		private String scaleName(Words words) {
			return List.of("mood", "health").contains(scale) ? words.get("digest.scale." + scale) : scale;
		}

	}

	/**
	 * A team's issues and change requests as the digest shows them.
	 *
	 * @param issues issues logged, resolved and open
	 * @param decided change requests decided in the period
	 * @param undecided change requests still waiting for a decision
	 */
	record Execution(DigestQueries.IssueCounts issues, List<DigestQueries.DecidedChange> decided, long undecided) {

		static final Execution NONE = new Execution(DigestQueries.IssueCounts.NONE, List.of(), 0);

		boolean any() {
			return issues.any() || !decided.isEmpty() || undecided > 0;
		}

	}

	/**
	 * An open impediment as the digest shows it.
	 *
	 * @param row the impediment
	 * @param band its age band at the period's end
	 * @param ageText its working-time age in words (for the oldest few), or null
	 */
	record OpenItem(DigestQueries.ImpedimentRow row, AgeBand band, String ageText) {

	}

	/**
	 * One bar of the chart.
	 *
	 * @param date the day
	 * @param counts open impediments per band at the day's end
	 */
	record ChartDay(LocalDate date, Map<AgeBand, Integer> counts) {

		ChartDay {
			counts = new EnumMap<>(counts);
		}

	}

	int openCount() {
		return teams.stream().mapToInt((team) -> team.open().size()).sum();
	}

	long escalatedOpen() {
		return teams.stream().flatMap((team) -> team.open().stream()).filter((item) -> item.row().rung() > 0).count();
	}

	List<Duration> resolveTimes() {
		return teams.stream().flatMap((team) -> team.resolveTimes().stream()).sorted().toList();
	}

	Optional<Duration> medianResolve() {
		return percentile(resolveTimes(), 50);
	}

	/** The nearest-rank percentile of sorted durations (the median is the lower middle one); empty for none. */
	static Optional<Duration> percentile(List<Duration> sorted, int percent) {
		if (sorted.isEmpty()) {
			return Optional.empty();
		}
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return Optional.of(sorted.get(Math.max(0, rank - 1)));
	}

	Optional<Duration> worstResolve() {
		return resolveTimes().stream().max(Comparator.naturalOrder());
	}

	List<String> goalsAtRisk() {
		return teams.stream()
			.flatMap((team) -> team.goals().stream())
			.filter(SprintOverview.GoalStatus::atRisk)
			.map(SprintOverview.GoalStatus::label)
			.toList();
	}

}
