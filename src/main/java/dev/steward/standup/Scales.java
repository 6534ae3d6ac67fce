package dev.steward.standup;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.steward.i18n.Language;
import dev.steward.i18n.Words;

/** The 1 to 5 scales a question may ask on: each score's emoji and words, and reading a score as people type it. */
final class Scales {

	static final int MIN = 1;

	static final int MAX = 5;

	private static final List<String> MOOD_EMOJI = List.of("\ud83d\ude1e", "\ud83d\ude41", "\ud83d\ude10",
			"\ud83d\ude42", "\ud83d\ude04");

	private static final List<String> HEALTH_EMOJI = List.of("\ud83d\udd34", "\ud83d\udfe0", "\ud83d\udfe1",
			"\ud83d\udfe2", "\ud83d\udc9a");

	/** {@code 3}, {@code 3/5}, {@code 3 of 5}, {@code 3 - okay}: a score first, then anything. */
	private static final Pattern SCORE = Pattern
		.compile("^(\\d)(?:\\s*(?:/|of)\\s*5)?(?:\\s+\\D.*|\\s*[-\u2013:]\\s*\\D.*)?$");

	private Scales() {
	}

	/** The emoji of the score on the question's scale. */
	static String emoji(Question.Type type, int score) {
		return (type == Question.Type.HEALTH ? HEALTH_EMOJI : MOOD_EMOJI).get(score - 1);
	}

	/** The words of the score on the question's scale, in the words given ({@code good}, {@code gut}). */
	static String words(Words words, Question.Type type, int score) {
		return words.get("standup.scale." + name(type) + "." + score);
	}

	/** The score as the summary and the history show it: {@code 🙂 4/5 good}. */
	static String shown(Words words, Question.Type type, int score) {
		return emoji(type, score) + " " + score + "/5 " + words(words, type, score);
	}

	/** The score as a choice in a form: {@code 4 🙂 good}. */
	static String option(Words words, Question.Type type, int score) {
		return score + " " + emoji(type, score) + " " + words(words, type, score);
	}

	/** The scale's name as a question line writes it: mood or health. */
	static String name(Question.Type type) {
		return type.name().toLowerCase(Locale.ROOT);
	}

	/** The scale's name in a trend line, in the words given: mood, Stimmung. */
	static String name(Words words, Question.Type type) {
		return words.get("standup.scale." + name(type));
	}

	/** Whether the answer is the score's words in any language Steward speaks. */
	private static boolean readsAs(Question.Type type, int score, String answer) {
		return Arrays.stream(Language.values())
			.anyMatch((language) -> answer.equals(words(Words.in(language), type, score).toLowerCase(Locale.ROOT)));
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
			if (answer.equals(emoji(type, score)) || readsAs(type, score, answer)) {
				return OptionalInt.of(score);
			}
		}
		return OptionalInt.empty();
	}

}
