package dev.steward.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;
import dev.steward.support.SlackEdgeTest;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The delivery queue sending through the real Slack gateway to a misbehaving WireMock Slack. */
class DeliveryOverSlackTest extends SlackEdgeTest {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	private static final Conversation CHANNEL = Conversation.channel(Platform.SLACK, "T1", "C9");

	@Autowired
	private DeliveryQueue queue;

	@BeforeEach
	void freeze() {
		clock.freezeAt(NOW);
	}

	@Test
	void honoursRetryAfterOn429AndThenDelivers() {
		slack.server().stubFor(post(urlEqualTo("/api/chat.postMessage")).inScenario("throttled")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7"))
			.willSetStateTo("open"));
		slack.server().stubFor(post(urlEqualTo("/api/chat.postMessage")).inScenario("throttled")
			.whenScenarioStateIs("open")
			.willReturn(okJson("{\"ok\":true,\"channel\":\"C9\",\"ts\":\"1.2\"}")));

		queue.post("test:429", CHANNEL, ChatMessage.text("hello"));
		await().until(() -> slack.postsTo("C9").size() == 1);
		dispatcher.dispatchDue();

		assertThat(status("test:429")).isEqualTo("PENDING");
		assertThat(nextAttempt("test:429")).isEqualTo(NOW.plusSeconds(7));
		clock.advance(Duration.ofSeconds(6));
		dispatcher.dispatchDue();
		assertThat(slack.postsTo("C9")).hasSize(1);

		clock.advance(Duration.ofSeconds(1));
		await().until(() -> "SENT".equals(status("test:429")));
		assertThat(slack.postsTo("C9")).hasSize(2);
	}

	@Test
	void retriesServerErrorsWithBackoffThenDeadLetters() {
		slack.server().stubFor(post(urlEqualTo("/api/chat.postMessage")).willReturn(aResponse().withStatus(503)));

		queue.post("test:503", CHANNEL, ChatMessage.text("hello"));
		for (int attempt = 1; attempt < 8; attempt++) {
			int expected = attempt;
			await().until(() -> attempts("test:503") == expected);
			assertThat(status("test:503")).isEqualTo("PENDING");
			assertThat(nextAttempt("test:503")).isAfter(clock.instant());
			clock.advance(Duration.ofMinutes(11));
		}
		await().until(() -> "DEAD".equals(status("test:503")));
		assertThat(slack.postsTo("C9")).hasSize(8);
		assertThat(error("test:503")).contains("503");
	}

	@Test
	void deadLettersPermanentErrorsAtOnce() {
		slack.server().stubFor(post(urlEqualTo("/api/chat.postMessage"))
			.willReturn(okJson("{\"ok\":false,\"error\":\"channel_not_found\"}")));

		queue.post("test:gone", CHANNEL, ChatMessage.text("hello"));

		await().until(() -> "DEAD".equals(status("test:gone")));
		assertThat(error("test:gone")).contains("channel_not_found");
		assertThat(slack.postsTo("C9")).hasSize(1);
	}

	@Test
	void sameKeyTwiceIsSentOnce() {
		assertThat(queue.post("test:once", CHANNEL, ChatMessage.text("one"))).isTrue();
		assertThat(queue.post("test:once", CHANNEL, ChatMessage.text("two"))).isFalse();

		await().until(() -> "SENT".equals(status("test:once")));
		dispatcher.dispatchDue();
		assertThat(slack.postsTo("C9")).hasSize(1);
		assertThat(slack.postsTo("C9").get(0).get("text")).isEqualTo("one");
	}

	private String status(String key) {
		return column("status", key, String.class);
	}

	private int attempts(String key) {
		return column("attempts", key, Integer.class);
	}

	private String error(String key) {
		return column("last_error", key, String.class);
	}

	private Instant nextAttempt(String key) {
		return column("next_attempt_at", key, OffsetDateTime.class).toInstant();
	}

	private <T> T column(String column, String key, Class<T> type) {
		return jdbc.sql("select " + column + " from delivery where idempotency_key = :key")
			.param("key", key)
			.query(type)
			.single();
	}

}
