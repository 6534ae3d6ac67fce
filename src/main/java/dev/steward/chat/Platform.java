package dev.steward.chat;

/**
 * The chat platforms Steward speaks, and {@code WEBHOOK}: not a chat platform, but the HTTP callbacks to the URLs a
 * PM subscribed, which go through the same delivery queue (a subscription is the conversation).
 */
public enum Platform {

	SLACK, TEAMS, SANDBOX, WEBHOOK;

	/** The lower-case name used in keys and URLs. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
