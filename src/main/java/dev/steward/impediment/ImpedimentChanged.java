package dev.steward.impediment;

/**
 * Published inside the transaction of every impediment change, so other features (the escalation ladder) can
 * react in the same transaction.
 *
 * @param impedimentId the impediment
 * @param teamId its team
 * @param change what happened
 */
public record ImpedimentChanged(long impedimentId, long teamId, Change change) {

	/** The kinds of change. */
	public enum Change {

		OPENED, ASSIGNED, SNOOZED, WOKE, ESCALATED, COMMENTED, UPDATE_REQUESTED, SEVERITY, DUE, REOPENED, RESOLVED,
		MERGED

	}

}
