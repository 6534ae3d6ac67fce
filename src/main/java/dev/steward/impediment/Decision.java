package dev.steward.impediment;

import java.util.Locale;

import dev.steward.i18n.Words;

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

	/** The decision as the reader calls it: {@code genehmigt}. */
	public String label(Words words) {
		return words.get("impediment.decision." + name());
	}

}
