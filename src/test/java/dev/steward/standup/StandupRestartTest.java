package dev.steward.standup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.steward.delivery.DeliveryDispatcher;
import dev.steward.support.SlackStub;
import dev.steward.support.StewardInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Stopping Steward in the middle of a day's prompts and starting it again sends no prompt twice and loses none. */
class StandupRestartTest {

	private final SlackStub slack = new SlackStub().start();

	@TempDir
	Path data;

	@AfterEach
	void stopSlack() {
		slack.stop();
	}

	@Test
	void restartInTheMiddleOfTheMorningSendsEachPromptExactlyOnce() {
		slack.user("U0A", "Asha", "Asia/Kolkata");
		slack.user("U0B", "Ben", "Europe/Berlin");
		slack.user("U0C", "Cleo", "Europe/London");
		slack.user("U0D", "Dan", "America/New_York");
		String database = StewardInstance.h2File(data);
		try (StewardInstance first = StewardInstance.start(database, slack, "--steward.delivery.poll-interval=1h")) {
			first.setUpStandup(slack, "C1", "U0PM", List.of("U0A", "U0B", "U0C", "U0D"), "UTC", "09:00", "18:00", "MEMBER",
					List.of("MONDAY"));
			first.tickAt(Instant.parse("2026-11-23T03:31:00Z"));
			first.bean(DeliveryDispatcher.class).dispatchDue();
			assertThat(slack.postsTo("U0A")).hasSize(1);
			first.tickAt(Instant.parse("2026-11-23T08:01:00Z"));
			assertThat(slack.postsTo("U0B")).as("queued, not yet sent, when the service stops").isEmpty();
		}

		try (StewardInstance second = StewardInstance.startAt(Instant.parse("2026-11-23T09:02:00Z"), database, slack)) {
			second.tickAt(Instant.parse("2026-11-23T09:02:00Z"));
			await().until(() -> slack.postsTo("U0C").size() == 1 && slack.postsTo("U0B").size() == 1);
			second.tickAt(Instant.parse("2026-11-23T09:03:00Z"));
			second.tickAt(Instant.parse("2026-11-23T14:05:00Z"));
			await().until(() -> slack.postsTo("U0D").size() == 1);
		}

		for (String user : List.of("U0A", "U0B", "U0C", "U0D")) {
			assertThat(slack.postsTo(user)).filteredOn((post) -> post.get("text").startsWith("Stand-up"))
				.as("prompts to " + user)
				.hasSize(1);
		}
	}

}
