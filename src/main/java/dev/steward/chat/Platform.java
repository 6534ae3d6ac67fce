package dev.steward.chat;

/** The chat platforms Steward speaks. */
public enum Platform {

	SLACK, TEAMS, SANDBOX;

	/** The lower-case name used in keys and URLs. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
