package dev.steward.chat;

/**
 * What a platform says when asked whether a message Steward may have sent arrived: it did (with its reference), it
 * did not, or the platform cannot tell.
 *
 * @param outcome the answer
 * @param messageRef the reference of the message found, or null
 */
public record SentCheck(Outcome outcome, String messageRef) {

	/** The possible answers. */
	public enum Outcome {

		FOUND, NOT_FOUND, CANNOT_TELL

	}

	public static SentCheck found(String messageRef) {
		return new SentCheck(Outcome.FOUND, messageRef);
	}

	public static SentCheck notFound() {
		return new SentCheck(Outcome.NOT_FOUND, null);
	}

	public static SentCheck cannotTell() {
		return new SentCheck(Outcome.CANNOT_TELL, null);
	}

}
