package dev.steward.sprint;

import java.time.LocalDate;

/**
 * Published inside the transaction that starts or ends a team's sprint, so other features (webhooks) act on it once.
 *
 * @param sprintId the sprint
 * @param teamId the team
 * @param name the sprint's name
 * @param startsOn its first day
 * @param endsOn its last day
 * @param change started or ended
 */
public record SprintChanged(long sprintId, long teamId, String name, LocalDate startsOn, LocalDate endsOn, Change change) {

	/** What happened to the sprint. */
	public enum Change {

		STARTED, ENDED

	}

}
