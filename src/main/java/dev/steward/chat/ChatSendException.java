package dev.steward.chat;

import java.time.Duration;

/** A platform call that failed, classified so the delivery queue knows whether and when to retry. */
public class ChatSendException extends Exception {

	/** How the call failed. */
	public enum Kind {

		/** Throttled: retry after {@link #retryAfter()}. */
		RATE_LIMITED,
		/** A server error or a failure before the request left: retry with backoff. */
		TRANSIENT,
		/**
		 * The request left but no answer came (a time-out, a dropped connection): it may have arrived, so look before
		 * sending it again.
		 */
		UNKNOWN,
		/** The request can never succeed as it is (unknown channel, bad payload). */
		PERMANENT,
		/** The recipient cannot be reached (blocked the bot, left the workspace). */
		UNREACHABLE

	}

	private final Kind kind;

	private final Duration retryAfter;

	public ChatSendException(Kind kind, String message, Duration retryAfter) {
		super(message);
		this.kind = kind;
		this.retryAfter = retryAfter;
	}

	public ChatSendException(Kind kind, String message) {
		this(kind, message, null);
	}

	public Kind kind() {
		return kind;
	}

	/** The wait the platform asked for, or null. */
	public Duration retryAfter() {
		return retryAfter;
	}

}
