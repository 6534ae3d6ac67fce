package dev.steward.impediment;

import java.util.Locale;
import java.util.Optional;

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

	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
