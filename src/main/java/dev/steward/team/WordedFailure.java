package dev.steward.team;

import java.util.Arrays;
import java.util.function.Function;

import dev.steward.i18n.Words;

/** A failure whose reason the log gets in English and a person in their own words. */
abstract class WordedFailure extends Exception {

	private static final long serialVersionUID = 1L;

	private final String key;

	private final transient Object[] args;

	WordedFailure(String key, Object... args) {
		super(Words.ENGLISH.get(key, Arrays.stream(args).map((arg) -> shown(arg, Words.ENGLISH)).toArray()));
		this.key = key;
		this.args = args;
	}

	/** The reason in the reader's words; an argument that is itself worded ({@code Function<Words, String>}) too. */
	String reason(Words words) {
		return words.get(key, Arrays.stream(args).map((arg) -> shown(arg, words)).toArray());
	}

	@SuppressWarnings("unchecked")
	private static Object shown(Object arg, Words words) {
		return (arg instanceof Function<?, ?> worded) ? ((Function<Words, String>) worded).apply(words) : arg;
	}

}
