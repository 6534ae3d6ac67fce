package dev.steward.standup;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One stand-up on one date.
 *
 * @param id the row id
 * @param standupId the stand-up
 * @param teamId its team
 * @param date the stand-up date
 * @param reportedAt when the summary was queued, or null
 */
record Run(long id, long standupId, long teamId, LocalDate date, Instant reportedAt) {

	boolean isReported() {
		return reportedAt != null;
	}

}
