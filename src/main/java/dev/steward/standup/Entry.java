package dev.steward.standup;

import java.time.Instant;

/**
 * One member's part in a run: the persisted markers that make the tick idempotent.
 *
 * @param runId the run
 * @param memberId the member
 * @param promptedAt when the prompt was queued, or null
 * @param remindedAt when the reminder was queued, or null
 * @param answeredAt when the answers were last stored, or null
 * @param skippedAt when the member skipped, or null
 */
record Entry(long runId, long memberId, Instant promptedAt, Instant remindedAt, Instant answeredAt,
		Instant skippedAt) {

	boolean isAnswered() {
		return answeredAt != null;
	}

	boolean isSkipped() {
		return skippedAt != null;
	}

}
