package dev.steward.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * The span a digest covers and its key; pure.
 *
 * @param key the local date and time the period ends at, such as {@code 2026-11-24T08:00}, which names it in
 * idempotency keys
 * @param start where it starts: the end of the previous digest, or one day or week before its end
 * @param end where it ends: the subscription's send time
 */
record Period(String key, Instant start, Instant end) {

	/** The most recent period of the subscription that has ended by the instant. */
	static Period latest(Subscription subscription, Instant now, Instant previousEnd) {
		ZonedDateTime local = now.atZone(subscription.zone());
		LocalDate date = local.toLocalDate();
		if (subscription.cadence() == Subscription.Cadence.WEEKLY) {
			date = date.with(TemporalAdjusters.previousOrSame(subscription.weekday()));
		}
		ZonedDateTime end = ZonedDateTime.of(date, subscription.sendAt(), subscription.zone());
		if (end.toInstant().isAfter(now)) {
			end = subscription.cadence() == Subscription.Cadence.WEEKLY ? end.minusWeeks(1) : end.minusDays(1);
		}
		Duration length = subscription.cadence() == Subscription.Cadence.WEEKLY ? Duration.ofDays(7)
				: Duration.ofDays(1);
		Instant start = previousEnd != null && previousEnd.isBefore(end.toInstant()) ? previousEnd
				: end.toInstant().minus(length);
		return new Period(end.toLocalDateTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString(), start,
				end.toInstant());
	}

	/** A period goes out late when the service was down at its end time for more than the grace. */
	boolean isLate(Instant now, Duration grace) {
		return now.isAfter(end.plus(grace));
	}

}
