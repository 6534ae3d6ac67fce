package dev.steward.delivery;

import java.time.Instant;

/**
 * What a message is, whose, and until when it stays useful: a prompt until its stand-up's report, a summary until
 * the end of the next working day, an escalation for a day, a digest until its next period. Transient failures are
 * retried until then, however many attempts it takes; then the message ends as expired.
 *
 * @param kind what it is
 * @param teamId the team it is about, or null
 * @param until when it stops being useful
 */
public record Lifetime(DeliveryKind kind, Long teamId, Instant until) {

	public static Lifetime of(DeliveryKind kind, long teamId, Instant until) {
		return new Lifetime(kind, teamId, until);
	}

}
