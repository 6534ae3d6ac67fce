package dev.steward.delivery;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.support.RunningStewardTest;
import dev.steward.support.SignedSlackClient;
import dev.steward.support.StandupSetup;
import dev.steward.support.TestDatabase;
import dev.steward.support.fault.ManualClock;
import dev.steward.support.fault.SlackPerson;
import dev.steward.support.fault.SlackStandIn;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stand-up's prompts against a stand-in Slack having a bad day, over real HTTP, with Slack's own limits: a long
 * outage, then a 429 storm, and a Slack that posts and then answers too late. Steward's clock and the stand-in's move
 * together, a step at a time, each step once Steward has done all that was due, so ten minutes pass in seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "steward.slack.bot-token=xoxb-fault-token", "steward.slack.signing-secret=fault-secret",
				"steward.scheduling.enabled=false", "steward.delivery.poll-interval=20ms",
				"steward.slack.read-timeout=1500ms", "steward.delivery.initial-backoff=1s",
				"steward.slack.directory-page-spacing=0s", "steward.delivery.concurrency=8",
				"spring.datasource.url=jdbc:h2:mem:slack-faults;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class DeliveryFaultsOverSlackTest extends RunningStewardTest {

	/** Monday 23 November 2026, when the stand-up's prompts are due. */
	private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");

	private static final int MEMBERS = 10;

	/** How many messages Steward sends at once ({@code steward.delivery.concurrency}). */
	private static final int SENDERS = 8;

	private static final ManualClock slackClock = new ManualClock(NINE);

	private static final SlackStandIn slack = new SlackStandIn(slackClock).people(MEMBERS).start();

	private final List<String> members = IntStream.rangeClosed(1, MEMBERS)
		.mapToObj((n) -> SlackPerson.numbered(n).id())
		.toList();

	@DynamicPropertySource
	static void slackApi(DynamicPropertyRegistry registry) {
		registry.add("steward.slack.api-url", slack::apiUrl);
	}

	@BeforeEach
	void standupOfTenAtNine() {
		TestDatabase.clean(jdbc);
		slack.reset();
		slackClock.set(NINE.minus(Duration.ofHours(1)));
		clock.freezeAt(NINE.minus(Duration.ofHours(1)));
		SignedSlackClient client = new SignedSlackClient(port, "fault-secret");
		client.command("/standup", "setup", "U0PM", "C1", "core");
		HttpResponse<String> submitted = client.interaction(StandupSetup.of(members, "U0PM")
			.set("prompt_time", "09:00")
			.set("report_time", "17:00")
			.set("zone_policy", "TEAM")
			.set("team_zone", "UTC")
			.set("days", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"))
			.slack("U0PM", "C1", "core"));
		assertThat(submitted.statusCode()).isEqualTo(200);
		awaitQueuedDeliveries();
		slackClock.set(NINE);
		clock.freezeAt(NINE);
		Awaitility.setDefaultPollDelay(Duration.ZERO);
		Awaitility.setDefaultPollInterval(Duration.ofMillis(10));
	}

	@AfterEach
	void healSlack() {
		slack.healAll();
		Awaitility.reset();
	}

	@Test
	void aTenMinuteOutageThenA429StormDeliversEveryPromptExactlyOnce() {
		slack.outage(SlackStandIn.POST_MESSAGE, 503, Duration.ofMinutes(10));
		tick.run();

		runFor(Duration.ofMinutes(10).minusSeconds(15), Duration.ofSeconds(15));
		assertThat(promptKeys()).as("nothing gets through the outage").isEmpty();
		assertThat(statuses()).as("and nothing is given up").containsOnly("PENDING");

		slack.storm(SlackStandIn.POST_MESSAGE, Duration.ofMinutes(2), Duration.ofSeconds(20));
		runUntil(() -> promptKeys().size() >= MEMBERS, Duration.ofMinutes(30), Duration.ofSeconds(5));

		assertThat(promptKeys()).hasSize(MEMBERS).doesNotHaveDuplicates();
		assertThat(slack.duplicates()).isEmpty();
		assertThat(statuses()).containsOnly("SENT");
		assertThat(slack.count429()).as("the storm was met").isPositive();
		assertThat(slack.callsInsideRetryWindow())
			.as("after a 429 only calls already on their way land inside its window; later ones wait for one probe")
			.isLessThan(SENDERS);
	}

	@Test
	void aSlackThatPostsAndThenAnswersTooLateNeverGetsAMessageTwice() {
		slack.postsThenTimesOut(Duration.ofSeconds(3));
		tick.run();

		runUntil(() -> statuses().stream().allMatch("SENT"::equals), Duration.ofMinutes(10), Duration.ofSeconds(5));

		assertThat(promptKeys()).hasSize(MEMBERS).doesNotHaveDuplicates();
		assertThat(slack.duplicates()).isEmpty();
		assertThat(slack.calls(SlackStandIn.HISTORY)).as("each outcome was looked up, not guessed").isPositive();
	}

	/** Moves both clocks by the step until the time has passed, each step once nothing is due any more. */
	private void runFor(Duration time, Duration step) {
		for (Duration passed = Duration.ZERO; passed.compareTo(time) < 0; passed = passed.plus(step)) {
			awaitQueuedDeliveries();
			clock.advance(step);
			slackClock.advance(step);
		}
		awaitQueuedDeliveries();
	}

	/** As {@link #runFor}, until the condition holds or the time has passed. */
	private void runUntil(BooleanSupplier done, Duration atMost, Duration step) {
		for (Duration passed = Duration.ZERO; !done.getAsBoolean(); passed = passed.plus(step)) {
			assertThat(passed).as("simulated time to get there").isLessThan(atMost);
			awaitQueuedDeliveries();
			if (!done.getAsBoolean()) {
				clock.advance(step);
				slackClock.advance(step);
			}
		}
	}

	/** The delivery key of every prompt the stand-in stored, as often as it stored it. */
	private List<String> promptKeys() {
		return slack.deliveryKeys().stream().filter((key) -> key.startsWith("prompt:")).toList();
	}

	private List<String> statuses() {
		return jdbc.sql("select status from delivery where idempotency_key like 'prompt:%'")
			.query(String.class)
			.list();
	}

}
