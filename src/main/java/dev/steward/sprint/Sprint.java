package dev.steward.sprint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A team's sprint.
 *
 * @param id the row id
 * @param teamId the team
 * @param name its name
 * @param startsOn the first day
 * @param endsOn the last day
 * @param closedAt when it was ended early, or null
 * @param remindedAt when the value-goal reminder was queued, or null
 * @param reviewSentAt when the review card was queued, or null
 */
record Sprint(long id, long teamId, String name, LocalDate startsOn, LocalDate endsOn, Instant closedAt,
		Instant remindedAt, Instant reviewSentAt) {

	boolean isOn(LocalDate date) {
		return closedAt == null && !date.isBefore(startsOn) && !date.isAfter(endsOn);
	}

	/** The sprint's first moment and the moment after its last day, in the zone: the window of its change decisions. */
	Instant[] window(ZoneId zone) {
		return new Instant[] { startsOn.atStartOfDay(zone).toInstant(),
				endsOn.plusDays(1).atStartOfDay(zone).toInstant() };
	}

	boolean overlaps(LocalDate from, LocalDate to) {
		return !from.isAfter(endsOn) && !to.isBefore(startsOn);
	}

}
