package dev.steward.standup;

import java.util.Locale;
import java.util.Optional;

import dev.steward.i18n.Words;

/** How a stand-up's report appears in the team channel. */
enum ReportStyle {

	/** One summary message at report time; late answers edit it. */
	SUMMARY("summary"),
	/** A parent message when the stand-up starts, one threaded reply per person as answers arrive, late ones too. */
	THREAD("thread"),
	/** The summary posted when the stand-up starts and kept up to date as answers arrive. */
	LIVE("live");

	private final String word;

	ReportStyle(String word) {
		this.word = word;
	}

	String word() {
		return word;
	}

	/** What the style does, in the reader's words. */
	String description(Words words) {
		return words.get("setup.style." + word);
	}

	/** Whether the report's message is posted when the stand-up starts rather than at report time. */
	boolean postsEarly() {
		return this != SUMMARY;
	}

	static Optional<ReportStyle> named(String word) {
		for (ReportStyle style : values()) {
			if (style.word.equals(word.toLowerCase(Locale.ROOT))) {
				return Optional.of(style);
			}
		}
		return Optional.empty();
	}

}
