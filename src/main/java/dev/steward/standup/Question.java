package dev.steward.standup;

/**
 * One stand-up question and what it is about, as the PM set it up: the blockers question's answer becomes an
 * impediment, and the plans question's answer pre-fills the question before it at the next stand-up.
 *
 * @param kind what the question asks about
 * @param text the question as the team wrote it
 */
record Question(Kind kind, String text) {

	static final int MAX_LENGTH = 300;

	static final int MAX_QUESTIONS = 10;

	/** What a question asks about. */
	enum Kind {

		/** What was done since the last stand-up: pre-filled from the last plans answer. */
		YESTERDAY,
		/** What the member plans to do. */
		TODAY,
		/** What blocks the member: a real answer becomes an impediment. */
		BLOCKERS,
		/** Anything else. */
		OTHER

	}

}
