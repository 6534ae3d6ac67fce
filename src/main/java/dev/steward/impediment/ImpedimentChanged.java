package dev.steward.impediment;

/**
 * Published inside the transaction of every impediment change, so other features (the escalation ladder) can
 * react in the same transaction.
 *
 * @param subject the impediment as changed, with its team, so listeners need not read them again
 * @param change what happened
 */
public record ImpedimentChanged(ImpedimentLog.Located subject, Change change) {

	public long impedimentId() {
		return subject.impediment().id();
	}

	public long teamId() {
		return subject.team().id();
	}

	/** The kinds of change. */
	public enum Change {

		OPENED, ASSIGNED, SNOOZED, WOKE, ESCALATED, COMMENTED, UPDATE_REQUESTED, SEVERITY, DUE, REOPENED, RESOLVED,
		MERGED, LINKED, IMPACT, ASSESSED, DECIDED

	}

}
