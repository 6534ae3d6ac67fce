package dev.steward.support.fault;

/**
 * Something that arrived more than once: a delivery key, or the same text to one recipient.
 *
 * @param by what was repeated
 * @param conversation the channel or conversation it arrived in (the first, for a key)
 * @param value the key or the text
 * @param times how many times it arrived
 */
public record Duplicate(By by, String conversation, String value, int times) {

	/** What a duplicate repeats. */
	public enum By {

		/** A Slack message's metadata key: the delivery queue sent one delivery twice. */
		KEY,

		/** The same text to one recipient: a double whatever the key says. */
		TEXT

	}

}
