package dev.steward.impediment;

import java.util.Locale;

/** A PM's decision on a change request. */
public enum Decision {

	APPROVED("approve"), REJECTED("reject"), DEFERRED("defer");

	private final String verb;

	Decision(String verb) {
		this.verb = verb;
	}

	/** The command word: {@code approve}. */
	public String verb() {
		return verb;
	}

	/** The decision as people read it: {@code approved}. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
