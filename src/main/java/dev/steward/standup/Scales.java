package dev.steward.standup;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The 1 to 5 scales a question may ask on: each score's emoji and words, and reading a score as people type it. */
final class Scales {

	static final int MIN = 1;

	static final int MAX = 5;

	private static final List<String> MOOD_EMOJI = List.of("\ud83d\ude1e", "\ud83d\ude41", "\ud83d\ude10",
			"\ud83d\ude42", "\ud83d\ude04");

	private static final List<String> MOOD_WORDS = List.of("awful", "bad", "okay", "good", "great");

	private static final List<String> HEALTH_EMOJI = List.of("\ud83d\udd34", "\ud83d\udfe0", "\ud83d\udfe1",
			"\ud83d\udfe2", "\ud83d\udc9a");

	private static final List<String> HEALTH_WORDS = List.of("critical", "poor", "fair", "good", "excellent");

	/** {@code 3}, {@code 3/5}, {@code 3 of 5}, {@code 3 - okay}: a score first, then anything. */
	private static final Pattern SCORE = Pattern
		.compile("^(\\d)(?:\\s*(?:/|of)\\s*5)?(?:\\s+\\D.*|\\s*[-\u2013:]\\s*\\D.*)?$");

	private Scales() {
	}

	/** The emoji of the score on the question's scale. */
	static String emoji(Question.Type type, int score) {
		return (type == Question.Type.HEALTH ? HEALTH_EMOJI : MOOD_EMOJI).get(score - 1);
	}

	/** The words of the score on the question's scale. */
	static String words(Question.Type type, int score) {
		return (type == Question.Type.HEALTH ? HEALTH_WORDS : MOOD_WORDS).get(score - 1);
	}

	/** The score as the summary and the history show it: {@code 🙂 4/5 good}. */
	static String shown(Question.Type type, int score) {
		return emoji(type, score) + " " + score + "/5 " + words(type, score);
	}

	/** The score as a choice in a form: {@code 4 🙂 good}. */
	static String option(Question.Type type, int score) {
		return score + " " + emoji(type, score) + " " + words(type, score);
	}

	/** The scale's name in a trend line: mood or health. */
	static String name(Question.Type type) {
		return type.name().toLowerCase(Locale.ROOT);
	}

	/** The score a member typed: a number from 1 to 5, its emoji or its words; empty when it is none of these. */
	static OptionalInt read(Question.Type type, String text) {
		String answer = text.strip().toLowerCase(Locale.ROOT);
		Matcher number = SCORE.matcher(answer);
		if (number.matches()) {
			int score = Integer.parseInt(number.group(1));
			return (score >= MIN && score <= MAX) ? OptionalInt.of(score) : OptionalInt.empty();
		}
		for (int score = MIN; score <= MAX; score++) {
			if (answer.equals(emoji(type, score)) || answer.equals(words(type, score))) {
				return OptionalInt.of(score);
			}
		}
		return OptionalInt.empty();
	}

}
