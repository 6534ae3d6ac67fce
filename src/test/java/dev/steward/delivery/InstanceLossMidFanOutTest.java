package dev.steward.delivery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.steward.support.FanOut;
import dev.steward.support.StewardProcess;
import dev.steward.support.fault.SlackStandIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stewards, each in a JVM of its own, sharing a database, lose an instance in the middle of sending a stand-up's
 * prompts, with sends on their way: killed (SIGKILL), its claims are taken over once their short leases lapse and the
 * sends whose outcome died with it are looked up; stopped (SIGTERM), it finishes what is in flight and hands back the
 * rest at once. Either way every member gets their prompt exactly once.
 */
class InstanceLossMidFanOutTest {

	private static final int TEAMS = 2;

	/** Enough that a third is on its way while the rest wait; the full 10,000 are FanOutBenchmark's. */
	private static final int MEMBERS = 60;

	@TempDir
	Path folder;

	@Test
	void killingOneOfTwoInstancesMidFanOutStillDeliversEachPromptExactlyOnce() {
		try (SlackStandIn slack = new SlackStandIn().people(TEAMS * MEMBERS).postsPerMinute(3000).start();
				FanOut fanOut = FanOut.onH2(slack, folder)) {
			List<StewardProcess> stewards = fanOut.start(2,
					Map.of("steward.delivery.lease", "3s", "steward.delivery.lease-renewal", "1s",
							"steward.delivery.poll-interval", "50ms", "steward.delivery.slack.posts-per-minute", "3000"),
					"256m", folder.resolve("logs"));
			fanOut.setUp(stewards.get(0), TEAMS, MEMBERS);
			int third = TEAMS + TEAMS * MEMBERS / 3;
			slack.holdAfter(SlackStandIn.POST_MESSAGE, third);

			fanOut.standUpNow(stewards, TEAMS);
			assertThat(slack.awaitAccepted(SlackStandIn.POST_MESSAGE, third, Duration.ofMinutes(1)))
				.as("a third of the prompts out").isTrue();
			assertThat(fanOut.promptsOpen()).as("prompts left to send when it dies").isPositive();
			stewards.get(0).kill();
			slack.release(SlackStandIn.POST_MESSAGE);

			await().atMost(Duration.ofMinutes(2)).until(() -> fanOut.promptsOpen() == 0);
			assertThat(fanOut.promptStatuses()).containsExactly(Map.entry("SENT", (long) TEAMS * MEMBERS));
			assertThat(fanOut.promptKeysReceived()).hasSize(TEAMS * MEMBERS).doesNotHaveDuplicates();
			assertThat(slack.duplicates()).isEmpty();
		}
	}

	@Test
	void stoppingAnInstanceMidFanOutFinishesItsSendsAndHandsBackTheRestForTheNextToSendOnce() {
		try (SlackStandIn slack = new SlackStandIn().people(MEMBERS).start();
				FanOut fanOut = FanOut.onH2(slack, folder)) {
			StewardProcess first = fanOut.start(1, Map.of(), "256m", folder.resolve("logs")).get(0);
			fanOut.setUp(first, 1, MEMBERS);
			slack.slow(SlackStandIn.POST_MESSAGE, Duration.ofMillis(300));
			fanOut.standUpNow(List.of(first), 1);
			assertThat(slack.awaitAccepted(SlackStandIn.POST_MESSAGE, 1 + 16, Duration.ofMinutes(1))).isTrue();

			first.close();
			assertThat(first.exitedOnItsOwn()).as("stopped within its shutdown phases, not killed").isTrue();
			assertThat(fanOut.promptStatuses()).as("nothing left claimed").doesNotContainKey("SENDING");
			assertThat(fanOut.promptKeysSent()).as("what went out is recorded as sent, and only that")
				.containsExactlyInAnyOrderElementsOf(fanOut.promptKeysReceived());
			assertThat(fanOut.uncertainPrompts()).as("no send abandoned with its outcome unknown").isZero();
			assertThat(fanOut.promptsOpen()).as("the rest handed back").isPositive();

			fanOut.start(1, Map.of(), "256m", folder.resolve("logs"));
			await().atMost(Duration.ofMinutes(2)).until(() -> fanOut.promptsOpen() == 0);
			assertThat(fanOut.promptKeysReceived()).hasSize(MEMBERS).doesNotHaveDuplicates();
		}
	}

}
