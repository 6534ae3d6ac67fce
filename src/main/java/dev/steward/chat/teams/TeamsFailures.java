package dev.steward.chat.teams;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.rest.ErrorResponseException;

import dev.steward.chat.ChatSendException;
import dev.steward.chat.Conversation;
import dev.steward.chat.RetryAfter;

/**
 * Classifies Bot Connector failures for the delivery queue: Teams asks to retry 429, 412, 502, 503 and 504
 * (honouring Retry-After), a 403 in a personal chat means the person blocked or removed the bot.
 */
final class TeamsFailures {

	/** A Retry-After in HTTP-date form is read against wall time, as Teams meant it. */
	private static final java.time.Clock CLOCK = java.time.Clock.systemUTC();

	/** Teams' advice when a 429 comes without Retry-After: back off by seconds, not milliseconds. */
	static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);

	private TeamsFailures() {
	}

	static ChatSendException classify(Throwable failure, Conversation to) {
		Throwable cause = unwrap(failure);
		if (cause instanceof ErrorResponseException error && error.response() != null) {
			return classify(error.response().code(), error.response().headers().get("Retry-After"), to);
		}
		if (cause instanceof ConnectException || cause instanceof UnknownHostException
				|| cause instanceof AuthenticationException) {
			return new ChatSendException(ChatSendException.Kind.TRANSIENT, "Teams unreachable: " + cause.getMessage());
		}
		if (cause instanceof IOException) {
			return new ChatSendException(ChatSendException.Kind.UNKNOWN, "no answer from Teams: " + cause);
		}
		return new ChatSendException(ChatSendException.Kind.TRANSIENT, "Teams call failed: " + cause);
	}

	static ChatSendException classify(int status, String retryAfter, Conversation to) {
		String message = "Teams HTTP " + status;
		Duration wait = RetryAfter.parse(retryAfter, java.time.Instant.now(CLOCK));
		if (status == 429 || (wait != null && isRetryable(status))) {
			return new ChatSendException(ChatSendException.Kind.RATE_LIMITED, message, wait != null ? wait : DEFAULT_WAIT);
		}
		if (isRetryable(status) || status >= 500 || status == 401 || status == 408) {
			return new ChatSendException(ChatSendException.Kind.TRANSIENT, message);
		}
		if (status == 403 && to.kind() == Conversation.Kind.DIRECT) {
			return new ChatSendException(ChatSendException.Kind.UNREACHABLE, message + ": the person blocked or removed Steward");
		}
		return new ChatSendException(ChatSendException.Kind.PERMANENT, message);
	}

	private static boolean isRetryable(int status) {
		return status == 412 || status == 502 || status == 503 || status == 504;
	}

	private static Throwable unwrap(Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException
				|| (cause instanceof IOException && cause.getCause() instanceof AuthenticationException))
				&& cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

}
