package dev.steward.escalation;

import java.util.Locale;
import java.util.Optional;

import dev.steward.i18n.Words;

/** Whom a rung of the ladder tells. */
enum Target {

	OWNER("owner"), PMS("pms"), CHANNEL("channel"), STAKEHOLDERS("stakeholders"),
	ESCALATION_CHANNEL("escalation-channel");

	private final String word;

	Target(String word) {
		this.word = word;
	}

	String word() {
		return word;
	}

	/** Whom it tells, in words: {@code the PMs}. */
	String description(Words words) {
		return words.get("escalation.target." + word);
	}

	static Optional<Target> parse(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (lower.equals("pm")) {
			return Optional.of(PMS);
		}
		for (Target target : values()) {
			if (target.word.equals(lower)) {
				return Optional.of(target);
			}
		}
		return Optional.empty();
	}

}
