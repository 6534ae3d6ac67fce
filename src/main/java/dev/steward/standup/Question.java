package dev.steward.standup;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One stand-up question and what it is about, so "yesterday" can be pre-filled from the last "today" and the
 * blockers answer can become an impediment.
 *
 * @param kind what the question asks about
 * @param text the question as the team wrote it
 */
record Question(Kind kind, String text) {

	static final int MAX_LENGTH = 300;

	/** What a question asks about. */
	enum Kind {

		YESTERDAY, TODAY, BLOCKERS, OTHER

	}

	private static final Pattern BLOCKERS = Pattern.compile("\\b(block(ed|er|ers|ing|s)?|impediments?|stuck)\\b");

	/** Reads the kind from the wording: "blocking", "blockers" or "impediment" for blockers, "yesterday", "today". */
	static Question of(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		Kind kind = BLOCKERS.matcher(lower).find() ? Kind.BLOCKERS
				: lower.contains("yesterday") ? Kind.YESTERDAY : lower.contains("today") ? Kind.TODAY : Kind.OTHER;
		return new Question(kind, text.strip());
	}

}
