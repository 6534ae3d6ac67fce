package dev.steward.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;

import static org.assertj.core.api.Assertions.assertThat;

/** Spacing, Teams' sliding-window limits and Retry-After waits per conversation. */
class ConversationPacerTest {

	private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

	private static final Conversation CHANNEL = Conversation.channel(Platform.TEAMS, "tenant", "19:c@thread.tacv2");

	private final ConversationPacer pacer = new ConversationPacer(Map.of(Platform.TEAMS, Duration.ZERO),
			Map.of(Platform.TEAMS, DeliveryDispatcher.TEAMS_LIMITS));

	@Test
	void holdsTheEighthMessageInOneSecondUntilTheFirstLeavesTheWindow() {
		for (int i = 0; i < 7; i++) {
			Instant at = T0.plusMillis(100L * i);
			assertThat(pacer.nextAllowed(CHANNEL, at)).isBeforeOrEqualTo(at);
			pacer.sent(CHANNEL, at);
		}

		assertThat(pacer.nextAllowed(CHANNEL, T0.plusMillis(700))).isEqualTo(T0.plusSeconds(1));
	}

	@Test
	void holdsTheSixtyFirstMessageInThirtySecondsEvenWhenEachSecondIsWithinLimits() {
		Instant at = T0;
		for (int i = 0; i < 60; i++) {
			at = T0.plusMillis(400L * i);
			assertThat(pacer.nextAllowed(CHANNEL, at)).isBeforeOrEqualTo(at);
			pacer.sent(CHANNEL, at);
		}

		assertThat(pacer.nextAllowed(CHANNEL, at.plusMillis(400))).isEqualTo(T0.plusSeconds(30));
	}

	@Test
	void limitsOneConversationWithoutHoldingAnother() {
		for (int i = 0; i < 7; i++) {
			pacer.sent(CHANNEL, T0);
		}
		Conversation other = Conversation.direct(Platform.TEAMS, "tenant", "29:bob");

		assertThat(pacer.nextAllowed(other, T0)).isBeforeOrEqualTo(T0);
	}

	@Test
	void honoursARetryAfterWaitLongerThanTheWindows() {
		pacer.sent(CHANNEL, T0);
		pacer.throttled(CHANNEL, T0, T0.plusSeconds(9));

		assertThat(pacer.nextAllowed(CHANNEL, T0.plusSeconds(1))).isEqualTo(T0.plusSeconds(9));
	}

	@Test
	void forgetsSendsRecordedAfterAClockThatWasSetBack() {
		for (int i = 0; i < 7; i++) {
			pacer.sent(CHANNEL, T0.plusSeconds(60));
		}

		assertThat(pacer.nextAllowed(CHANNEL, T0)).isBeforeOrEqualTo(T0);
	}

}
