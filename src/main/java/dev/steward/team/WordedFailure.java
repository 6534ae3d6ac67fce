package dev.steward.team;

import dev.steward.i18n.Words;

/** A failure whose reason the log gets in English and a person in their own words. */
abstract class WordedFailure extends Exception {

	private static final long serialVersionUID = 1L;

	private final String key;

	private final transient Object[] args;

	WordedFailure(String key, Object... args) {
		super(Words.ENGLISH.get(key, args));
		this.key = key;
		this.args = args;
	}

	/** The reason in the reader's words. */
	String reason(Words words) {
		return words.get(key, args);
	}

}
