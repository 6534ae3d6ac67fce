package dev.steward.chat.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.steward.chat.ChatSendException;

/**
 * Keeps a read of Slack's {@code users.list} (tier 2: about 20 calls a minute per workspace) within its limit by
 * spacing pages and waiting out a 429's {@code Retry-After}, on the application clock bounded by real time, so a clock
 * that is held or set back cannot stall a read.
 */
final class SlackPacing {

	/** How often one page is asked for again after a 429 before the read gives up until its next try. */
	private static final int RETRIES = 3;

	private static final Duration STEP = Duration.ofMillis(20);

	/** How much longer than asked a wait may last in real time while the application clock does not move. */
	private static final Duration GRACE = Duration.ofMinutes(1);

	private final Clock clock;

	private final Duration spacing;

	SlackPacing(Clock clock, Duration spacing) {
		this.clock = clock;
		this.spacing = spacing;
	}

	/** Waits before asking for the next page of the same read. */
	void beforeNextPage() throws ChatSendException {
		waitFor(spacing);
	}

	/**
	 * Waits as long as a throttled call asks, so that it can be made again.
	 * @param failure why the call failed
	 * @param attempt how many times the call was made
	 * @throws ChatSendException the failure itself, when it is not a 429 or the call was made too often
	 */
	void afterFailure(ChatSendException failure, int attempt) throws ChatSendException {
		if (failure.kind() != ChatSendException.Kind.RATE_LIMITED || attempt > RETRIES) {
			throw failure;
		}
		waitFor(failure.retryAfter());
	}

	private void waitFor(Duration wait) throws ChatSendException {
		Instant until = clock.instant().plus(wait);
		long steps = wait.plus(GRACE).dividedBy(STEP);
		for (long step = 0; step < steps && clock.instant().isBefore(until); step++) {
			try {
				Thread.sleep(STEP.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new ChatSendException(ChatSendException.Kind.TRANSIENT, "interrupted while pacing users.list");
			}
		}
	}

}
