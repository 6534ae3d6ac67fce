package dev.steward.impediment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dev.steward.team.TeamCalendar;

/**
 * The one definition of an impediment's working-time age, at any instant: the team's working time since its climb
 * started, without the owner's days of leave and without the time it spent snoozed. Every list, escalation, summary,
 * digest and chart reads ages from here, so their numbers agree. Pure and clock-free.
 *
 * @param calendar the team's working calendar
 * @param away the owner's days of leave
 * @param climbStartedAt when it was opened or last reopened
 * @param pauses its finished snoozes
 * @param snoozedAt when its current snooze started, or null when it is not snoozed
 * @param resolvedAt when it was resolved, or null
 * @param resolvedWorkingTime the age recorded when it was resolved, or null
 */
public record AgeClock(TeamCalendar calendar, Set<LocalDate> away, Instant climbStartedAt, List<Pause> pauses,
		Instant snoozedAt, Instant resolvedAt, Duration resolvedWorkingTime) {

	private static final int MAX_ROUNDS = 20;

	public AgeClock {
		away = Set.copyOf(away);
		pauses = List.copyOf(pauses);
	}

	/** The age at the instant: zero before the climb started, the recorded age once resolved. */
	public Duration at(Instant instant) {
		if (resolvedAt != null && !instant.isBefore(resolvedAt) && resolvedWorkingTime != null) {
			return resolvedWorkingTime;
		}
		Instant end = resolvedAt != null && resolvedAt.isBefore(instant) ? resolvedAt : instant;
		Duration age = calendar.between(climbStartedAt, end, away).minus(pausedUntil(end));
		return age.isNegative() ? Duration.ZERO : age;
	}

	/**
	 * The instant the age reaches the amount, given the pauses known now; null when it never will while the
	 * impediment stays as it is (snoozed, resolved before, or no working time ahead).
	 */
	public Instant whenReaches(Duration amount) {
		Duration paused = Duration.ZERO;
		for (int round = 0; round < MAX_ROUNDS; round++) {
			Instant candidate = calendar.plus(climbStartedAt, amount.plus(paused), away);
			if (candidate == null || (snoozedAt != null && candidate.isAfter(snoozedAt))
					|| (resolvedAt != null && candidate.isAfter(resolvedAt))) {
				return null;
			}
			Duration now = pausedUntil(candidate);
			if (now.equals(paused)) {
				return candidate;
			}
			paused = now;
		}
		return null;
	}

	/** The working time spent snoozed between the start of the climb and the instant. */
	private Duration pausedUntil(Instant instant) {
		Duration paused = Duration.ZERO;
		for (Pause pause : pauses) {
			if (pause.isLegacy()) {
				boolean counts = !pause.startedAt().isBefore(climbStartedAt) && !pause.startedAt().isAfter(instant);
				paused = counts ? paused.plus(pause.legacyWorkingTime()) : paused;
			}
			else {
				paused = paused.plus(overlap(pause.startedAt(), pause.endedAt(), instant));
			}
		}
		if (snoozedAt != null) {
			paused = paused.plus(overlap(snoozedAt, instant, instant));
		}
		return paused;
	}

	private Duration overlap(Instant from, Instant to, Instant until) {
		Instant start = from.isBefore(climbStartedAt) ? climbStartedAt : from;
		Instant end = to.isAfter(until) ? until : to;
		return end.isAfter(start) ? calendar.between(start, end, away) : Duration.ZERO;
	}

}
