package dev.steward.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;
import dev.steward.support.TeamsActivities;
import dev.steward.support.TeamsEdgeTest;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The delivery queue sending through the real Teams gateway to a misbehaving WireMock Bot Connector. */
class DeliveryOverTeamsTest extends TeamsEdgeTest {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	private static final String CHANNEL_ID = "19:gamma3delivery@thread.tacv2";

	private static final Conversation CHANNEL = Conversation.channel(Platform.TEAMS, TeamsActivities.TENANT, CHANNEL_ID);

	private static final String BOB = "29:1bob-builder";

	@Autowired
	private DeliveryQueue queue;

	@Test
	void honoursRetryAfterOn429AndThenDelivers() {
		installAndFreeze();
		failFirst(429, "7");

		queue.post("test:429", CHANNEL, ChatMessage.text("hello"));
		await().until(() -> teams.postsTo(CHANNEL_ID).size() == 1);
		dispatcher.dispatchDue();

		assertThat(status("test:429")).isEqualTo("PENDING");
		assertThat(nextAttempt("test:429")).isEqualTo(NOW.plusSeconds(7));
		clock.advance(Duration.ofSeconds(6));
		dispatcher.dispatchDue();
		assertThat(teams.postsTo(CHANNEL_ID)).hasSize(1);

		clock.advance(Duration.ofSeconds(1));
		await().until(() -> "SENT".equals(status("test:429")));
		assertThat(teams.postsTo(CHANNEL_ID)).hasSize(2);
	}

	@Test
	void aReplyGoesIntoTheChannelMessagesReplyChain() {
		installAndFreeze();

		queue.post("test:parent", CHANNEL, ChatMessage.text("Stand-up"));
		queue.reply("test:reply", "test:parent", CHANNEL, ChatMessage.text("Ann: shipped it"),
				new Lifetime(DeliveryKind.NOTICE, null, NOW.plus(Duration.ofHours(1))));
		await().until(() -> "SENT".equals(status("test:parent")));
		clock.advance(Duration.ofSeconds(1));
		await().until(() -> "SENT".equals(status("test:reply")));

		assertThat(teams.postsTo(CHANNEL_ID + ";messageid=1700000000001")).hasSize(1);
		assertThat(teams.postsInChannel(CHANNEL_ID)).hasSize(2);
	}

	@Test
	void retriesEachStatusTeamsAsksToRetryWithoutTheSdkRepeatingIt() {
		installAndFreeze();
		for (int status : List.of(412, 502, 503, 504)) {
			teams.server().resetRequests();
			failFirst(status, null);
			String key = "test:" + status;

			queue.post(key, CHANNEL, ChatMessage.text("hello " + status));
			await().until(() -> attempts(key) == 1);
			assertThat(teams.postsTo(CHANNEL_ID)).as("one call per attempt for HTTP %d", status).hasSize(1);
			assertThat(error(key)).contains(Integer.toString(status));

			clock.advance(Duration.ofMinutes(11));
			await().until(() -> "SENT".equals(status(key)));
		}
	}

	@Test
	void marksAPersonWhoBlockedTheBotUnreachableAndStopsPromptingThem() {
		teams.roster(CHANNEL_ID, "29:1pat-pm", "Pat PM", BOB, "Bob Builder");
		setUpStandup(CHANNEL_ID, "29:1pat-pm", List.of(BOB), "Europe/London", "TEAM", "09:00", "11:00");
		client.send(activities.personal(BOB, "Bob Builder", "hello", "Europe/London"));
		awaitQueuedDeliveries();
		teams.failSendsTo("a:personal-" + BOB, 403, null);

		tickAt(NOW);

		assertThat(status("prompt:s" + standupId() + ":" + BOB + ":2026-11-23")).isEqualTo("DEAD");
		assertThat(unreachable()).isTrue();
		tickAt(NOW.plus(Duration.ofDays(1)));
		assertThat(jdbc.sql("select count(*) from delivery where idempotency_key like 'prompt:%:2026-11-24'")
			.query(Long.class)
			.single()).isZero();

		client.send(activities.personal(BOB, "Bob Builder", "I'm back", "Europe/London"));
		assertThat(unreachable()).isFalse();
	}

	private void installAndFreeze() {
		client.send(activities.installedInTeam(CHANNEL_ID, "29:1pat-pm"));
		clock.freezeAt(NOW);
	}

	private void failFirst(int status, String retryAfter) {
		var failure = aResponse().withStatus(status).withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"code\":\"Throttled\",\"message\":\"try later\"}}");
		if (retryAfter != null) {
			failure.withHeader("Retry-After", retryAfter);
		}
		String path = "/v3/conversations/" + CHANNEL_ID + "/activities";
		teams.server().stubFor(post(urlPathEqualTo(path)).atPriority(1).inScenario("flaky " + status)
			.whenScenarioStateIs(Scenario.STARTED).willReturn(failure).willSetStateTo("open"));
		teams.server().stubFor(post(urlPathEqualTo(path)).atPriority(1).inScenario("flaky " + status)
			.whenScenarioStateIs("open").willReturn(okJson("{\"id\":\"1700000000009\"}")));
	}

	private long standupId() {
		return jdbc.sql("select id from standup").query(Long.class).single();
	}

	private boolean unreachable() {
		return jdbc.sql("select count(*) from member where user_id = :user and unreachable_since is not null")
			.param("user", BOB)
			.query(Long.class)
			.single() == 1;
	}

	private String status(String key) {
		return column("status", key);
	}

	private String error(String key) {
		return column("last_error", key);
	}

	private int attempts(String key) {
		return Integer.parseInt(column("attempts", key));
	}

	private Instant nextAttempt(String key) {
		return jdbc.sql("select next_attempt_at from delivery where idempotency_key = :key")
			.param("key", key)
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
	}

	private String column(String column, String key) {
		return jdbc.sql("select " + column + " from delivery where idempotency_key = :key")
			.param("key", key)
			.query(String.class)
			.single();
	}

}
