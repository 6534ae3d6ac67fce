package dev.steward.escalation;

import java.util.Locale;
import java.util.Optional;

/** Whom a rung of the ladder tells. */
enum Target {

	OWNER("owner", "the owner"), PMS("pms", "the PMs"), CHANNEL("channel", "the team channel"),
	STAKEHOLDERS("stakeholders", "the stakeholders"), ESCALATION_CHANNEL("escalation-channel", "the escalation channel");

	private final String word;

	private final String description;

	Target(String word, String description) {
		this.word = word;
		this.description = description;
	}

	String word() {
		return word;
	}

	String description() {
		return description;
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
