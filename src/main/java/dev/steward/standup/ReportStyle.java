package dev.steward.standup;

import java.util.Locale;
import java.util.Optional;

/** How a stand-up's report appears in the team channel. */
enum ReportStyle {

	/** One summary message at report time; late answers edit it. */
	SUMMARY("summary", "one summary at report time"),
	/** A parent message when the stand-up starts, one threaded reply per person as answers arrive, late ones too. */
	THREAD("thread", "a thread: one reply per person as answers arrive"),
	/** The summary posted when the stand-up starts and kept up to date as answers arrive. */
	LIVE("live", "the summary posted at once and kept up to date");

	private final String word;

	private final String description;

	ReportStyle(String word, String description) {
		this.word = word;
		this.description = description;
	}

	String word() {
		return word;
	}

	String description() {
		return description;
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
