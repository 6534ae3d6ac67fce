package dev.steward.standup;

import java.util.List;

/**
 * One stand-up question and what it is about, as the PM set it up: the blockers question's answer becomes an
 * impediment, and the plans question's answer pre-fills the question before it at the next stand-up.
 *
 * @param kind what the question asks about
 * @param text the question as the team wrote it
 * @param type how it is answered
 * @param choices the choices of a choice question, in order; empty for the other types
 * @param optional whether it may be left unanswered
 * @param anonymous whether a scale's scores are shown only as the team's distribution
 * @param condition when it is asked, or null for always
 */
record Question(Kind kind, String text, Type type, List<String> choices, Boolean optional, Boolean anonymous,
		Condition condition) {

	/**
	 * Reads what a question stored before types lacks as free text, required, always asked; the flags are boxed so
	 * their absence from stored JSON is not an error.
	 */
	Question {
		type = (type == null) ? Type.TEXT : type;
		choices = (choices == null) ? List.of() : List.copyOf(choices);
		optional = Boolean.TRUE.equals(optional);
		anonymous = Boolean.TRUE.equals(anonymous);
	}

	/** A free-text question, required and always asked. */
	Question(Kind kind, String text) {
		this(kind, text, Type.TEXT, List.of(), false, false, null);
	}

	/** The same question about something else. */
	Question withText(String newText) {
		return new Question(kind, newText, type, choices, optional, anonymous, condition);
	}

	Question withKind(Kind newKind) {
		return new Question(newKind, text, type, choices, optional, anonymous, condition);
	}

	/** Whether it is answered on the 1 to 5 scale. */
	boolean isScale() {
		return type == Type.MOOD || type == Type.HEALTH;
	}

	/** How a question is answered. */
	enum Type {

		/** Free text. */
		TEXT,
		/** How the member feels, 1 to 5. */
		MOOD,
		/** How healthy the work is, 1 to 5. */
		HEALTH,
		/** Yes or no. */
		YES_NO,
		/** One of the question's choices. */
		CHOICE

	}

	/**
	 * When a question is asked: when an earlier question got a real answer, or a given one.
	 *
	 * @param question the earlier question's position, from 0
	 * @param value the answer that calls for the question, or null for any real answer
	 */
	record Condition(int question, String value) {

	}

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
