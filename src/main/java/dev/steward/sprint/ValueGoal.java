package dev.steward.sprint;

/**
 * An outcome a sprint is for, in the team's words, with how it is measured.
 *
 * @param id the row id
 * @param sprintId the sprint
 * @param position its number in the sprint, from 1
 * @param outcome the outcome
 * @param measure the metric and target, or an acceptance statement
 * @param stakeholderId who cares about it, or null
 * @param reviewOutcome met, partly or not met, once reviewed
 * @param reviewNote the review's note
 */
record ValueGoal(long id, long sprintId, int position, String outcome, String measure, String stakeholderId,
		Outcome reviewOutcome, String reviewNote) {

	static final int MAX_TEXT = 300;

	/** How a goal turned out. */
	enum Outcome {

		MET("met"), PARTLY("partly met"), NOT_MET("not met");

		private final String label;

		Outcome(String label) {
			this.label = label;
		}

		String label() {
			return label;
		}

	}

	String label() {
		return "Goal " + position + ": " + outcome;
	}

}
