package dev.steward.impediment;

/** Where an impediment is in its lifecycle. */
public enum ImpedimentStatus {

	/** Open and climbing the ladder from its first rung. */
	OPEN,
	/** Paused until a time; its age does not grow meanwhile. */
	SNOOZED,
	/** Open, with at least one rung fired. */
	ESCALATED,
	/** Done; may be reopened. */
	RESOLVED,
	/** Folded into another impediment, which carries its reporters and history. */
	MERGED;

	/** Whether the impediment still needs someone to act. */
	public boolean isActive() {
		return this == OPEN || this == SNOOZED || this == ESCALATED;
	}

}
