package dev.steward.standup;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One team's stand-up on one date.
 *
 * @param id the row id
 * @param teamId the team
 * @param date the stand-up date
 * @param reportedAt when the summary was queued, or null
 */
record Run(long id, long teamId, LocalDate date, Instant reportedAt) {

	boolean isReported() {
		return reportedAt != null;
	}

}
