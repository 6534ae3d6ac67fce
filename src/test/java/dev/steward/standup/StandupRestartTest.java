package dev.steward.standup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.steward.StewardApplication;
import dev.steward.delivery.DeliveryDispatcher;
import dev.steward.scheduling.AdjustableClock;
import dev.steward.scheduling.Tick;
import dev.steward.support.SignedSlackClient;
import dev.steward.support.SlackPayloads;
import dev.steward.support.SlackStub;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Stopping Steward in the middle of a day's prompts and starting it again sends no prompt twice and loses none. */
class StandupRestartTest {

	private static final String SECRET = "restart-secret";

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
		try (ConfigurableApplicationContext first = start("1h")) {
			setUp(first);
			tick(first, "2026-11-23T03:31:00Z");
			first.getBean(DeliveryDispatcher.class).dispatchDue();
			assertThat(slack.postsTo("U0A")).hasSize(1);
			tick(first, "2026-11-23T08:01:00Z");
			assertThat(slack.postsTo("U0B")).as("queued, not yet sent, when the service stops").isEmpty();
		}

		try (ConfigurableApplicationContext second = start("50ms")) {
			tick(second, "2026-11-23T09:02:00Z");
			await().until(() -> slack.postsTo("U0C").size() == 1 && slack.postsTo("U0B").size() == 1);
			tick(second, "2026-11-23T09:03:00Z");
			tick(second, "2026-11-23T14:05:00Z");
			await().until(() -> slack.postsTo("U0D").size() == 1);
		}

		for (String user : List.of("U0A", "U0B", "U0C", "U0D")) {
			assertThat(slack.postsTo(user)).filteredOn((post) -> post.get("text").startsWith("Stand-up"))
				.as("prompts to " + user)
				.hasSize(1);
		}
	}

	private ConfigurableApplicationContext start(String pollInterval) {
		return new SpringApplicationBuilder(StewardApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:h2:file:" + data.resolve("steward")
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
				"--steward.slack.bot-token=xoxb-restart", "--steward.slack.signing-secret=" + SECRET,
				"--steward.slack.api-url=" + slack.apiUrl(), "--steward.scheduling.enabled=false",
				"--steward.delivery.poll-interval=" + pollInterval, "--steward.delivery.slack-spacing=0s");
	}

	private void setUp(ConfigurableApplicationContext app) {
		int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
		SignedSlackClient client = new SignedSlackClient(port, SECRET);
		assertThat(client.command("/standup", "setup", "U0PM", "C1", "team").statusCode()).isEqualTo(200);
		assertThat(client.interaction(SlackPayloads.submission("U0PM", "standup.setup", "C1\nteam",
				Map.of("members", List.of("U0A", "U0B", "U0C", "U0D"), "pms", List.of("U0PM"), "prompt_time",
						List.of("09:00"), "report_time", List.of("18:00"), "reminder", List.of("600"), "days",
						List.of("MONDAY"), "zone_policy", List.of("MEMBER"), "team_zone", List.of("UTC"),
						"questions", List.of("What did you do yesterday?\nWhat will you do today?")),
				List.of("members", "pms"), List.of("days"), List.of("zone_policy")))
			.statusCode()).isEqualTo(200);
	}

	private static void tick(ConfigurableApplicationContext app, String instant) {
		app.getBean(AdjustableClock.class).freezeAt(Instant.parse(instant));
		app.getBean(Tick.class).run();
	}

}
