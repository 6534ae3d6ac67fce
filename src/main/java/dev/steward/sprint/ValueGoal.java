package dev.steward.sprint;

import java.util.Locale;

import dev.steward.i18n.Words;

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

		/** How it turned out in the reader's words: {@code partly met}. */
		String label(Words words) {
			return words.get("sprint.outcome." + name().toLowerCase(Locale.ROOT));
		}

		/** The choice in the review form: {@code Partly met}. */
		String option(Words words) {
			return words.get("sprint.option." + name().toLowerCase(Locale.ROOT));
		}

	}

	/** The goal as the API and dashboard name it: {@code Goal 2: Checkout under 2s}. */
	String label() {
		return label(Words.ENGLISH);
	}

	/** The goal in the reader's words: {@code Ziel 2: Checkout under 2s}. */
	String label(Words words) {
		return words.get("sprint.goal.label", Integer.toString(position), outcome);
	}

}
