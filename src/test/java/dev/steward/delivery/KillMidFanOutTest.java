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
 * Two Stewards, each in a JVM of its own, share a database and send a stand-up's prompts; one is killed with SIGKILL
 * in the middle, with sends on their way. The other takes over its claimed messages once their short leases lapse,
 * looks up those whose outcome died with it, and every member gets their prompt exactly once.
 */
class KillMidFanOutTest {

	private static final int TEAMS = 3;

	private static final int MEMBERS = 100;

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
			slack.slow(SlackStandIn.POST_MESSAGE, Duration.ofMillis(20));

			fanOut.standUpNow(stewards, TEAMS);
			assertThat(slack.awaitAccepted(SlackStandIn.POST_MESSAGE, TEAMS + TEAMS * MEMBERS / 3, Duration.ofMinutes(1)))
				.as("a third of the prompts out").isTrue();
			stewards.get(0).kill();
			assertThat(fanOut.promptsOpen()).as("prompts left to send when it died").isPositive();

			await().atMost(Duration.ofMinutes(2)).until(() -> fanOut.promptsOpen() == 0);
			assertThat(fanOut.promptStatuses()).containsExactly(Map.entry("SENT", (long) TEAMS * MEMBERS));
			assertThat(fanOut.promptKeysReceived()).hasSize(TEAMS * MEMBERS).doesNotHaveDuplicates();
			assertThat(slack.duplicates()).isEmpty();
		}
	}

}
