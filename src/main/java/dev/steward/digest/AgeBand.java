package dev.steward.digest;

import java.time.Duration;
import java.time.Instant;

import dev.steward.i18n.Words;
import dev.steward.impediment.AgeClock;

/** The working-time age bands a digest sorts open impediments into. */
enum AgeBand {

	UNDER_1_DAY("under-1-day"), ONE_TO_3_DAYS("1-to-3-days"), THREE_TO_5_DAYS("3-to-5-days"),
	OVER_5_DAYS("over-5-days");

	private final String key;

	AgeBand(String key) {
		this.key = key;
	}

	/** The band's name in the reader's words: {@code under 1 day}. */
	String label(Words words) {
		return words.get("digest.band." + key);
	}

	/**
	 * When the impediment's working-time age (the one every message uses: leave and snoozes left out) reaches 1, 3
	 * and 5 working days. Computed once per impediment, so placing it at many instants is cheap; null where it never
	 * does (it was resolved or snoozed before).
	 */
	static Instant[] boundaries(AgeClock age) {
		Duration day = age.calendar().workingDay();
		return new Instant[] { age.whenReaches(day), age.whenReaches(day.multipliedBy(3)),
				age.whenReaches(day.multipliedBy(5)) };
	}

	static AgeBand at(Instant[] boundaries, Instant at) {
		if (reached(boundaries[2], at)) {
			return OVER_5_DAYS;
		}
		if (reached(boundaries[1], at)) {
			return THREE_TO_5_DAYS;
		}
		return reached(boundaries[0], at) ? ONE_TO_3_DAYS : UNDER_1_DAY;
	}

	private static boolean reached(Instant boundary, Instant at) {
		return boundary != null && !boundary.isAfter(at);
	}

}
