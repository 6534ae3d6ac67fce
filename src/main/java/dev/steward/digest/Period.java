package dev.steward.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The span a digest covers and its key; pure.
 *
 * @param key the local date and time the period ends at, such as {@code 2026-11-24T08:00}, which names it in
 * idempotency keys
 * @param start where it starts: the end of the previous digest, or one day or week before its end
 * @param end where it ends: the subscription's send time
 */
record Period(String key, Instant start, Instant end) {

	/**
	 * The most recent period of the subscription that has ended by the instant: it ends at the send time of the last
	 * day the subscriber gets digests (a weekly digest's weekday, a daily digest's working days), and starts where
	 * the previous digest ended, or at the send time of the day before that.
	 */
	static Period latest(Subscription subscription, Instant now, Instant previousEnd) {
		ZonedDateTime end = lastSend(subscription, now.atZone(subscription.zone()).toLocalDate(), now);
		Instant start = previousEnd != null && previousEnd.isBefore(end.toInstant()) ? previousEnd
				: lastSend(subscription, end.toLocalDate().minusDays(1), end.toInstant().minusSeconds(1)).toInstant();
		return new Period(end.toLocalDateTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString(), start,
				end.toInstant());
	}

	/** The subscription's next send time after the instant: where the next period ends. */
	static Instant nextSend(Subscription subscription, Instant after) {
		LocalDate date = after.atZone(subscription.zone()).toLocalDate();
		for (int i = 0; i < 15; i++, date = date.plusDays(1)) {
			Instant at = ZonedDateTime.of(date, subscription.sendAt(), subscription.zone()).toInstant();
			if (subscription.sendsOn(date) && at.isAfter(after)) {
				return at;
			}
		}
		return after.plus(Duration.ofDays(7));
	}

	/** The latest send time, on or before the date, that is not after the instant; at most two weeks back. */
	private static ZonedDateTime lastSend(Subscription subscription, LocalDate from, Instant notAfter) {
		LocalDate date = from;
		for (int i = 0; i < 15; i++, date = date.minusDays(1)) {
			ZonedDateTime at = ZonedDateTime.of(date, subscription.sendAt(), subscription.zone());
			if (subscription.sendsOn(date) && !at.toInstant().isAfter(notAfter)) {
				return at;
			}
		}
		return ZonedDateTime.of(from.minusDays(7), subscription.sendAt(), subscription.zone());
	}

	/** A period goes out late when the service was down at its end time for more than the grace. */
	boolean isLate(Instant now, Duration grace) {
		return now.isAfter(end.plus(grace));
	}

}
