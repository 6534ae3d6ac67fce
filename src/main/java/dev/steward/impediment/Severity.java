package dev.steward.impediment;

import java.util.Locale;
import java.util.Optional;

import dev.steward.i18n.Words;

/** How badly an impediment hurts. */
public enum Severity {

	LOW, MEDIUM, HIGH;

	public static Optional<Severity> parse(String word) {
		for (Severity severity : values()) {
			if (severity.name().equalsIgnoreCase(word)) {
				return Optional.of(severity);
			}
		}
		return Optional.empty();
	}

	/** The severity as stored and as the API and webhooks name it: {@code high}. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The severity as the reader calls it: {@code hoch}. */
	public String label(Words words) {
		return words.get("impediment.severity." + name());
	}

}
