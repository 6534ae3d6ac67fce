package dev.steward.standup;

/**
 * A member's answer to one question.
 *
 * @param position the question's position
 * @param kind what the question asks about
 * @param question the question as it was asked
 * @param text the answer
 */
record Answer(int position, Question.Kind kind, String question, String text) {

	static final int MAX_LENGTH = 3000;

}
