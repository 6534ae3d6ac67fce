package dev.steward.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;
import dev.steward.support.SlackEdgeTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The delivery queue sending through the real Slack gateway to a misbehaving WireMock Slack: Retry-After pauses the
 * method for the whole workspace, passing failures are retried until the message expires, an attempt that timed out
 * is looked up before it is sent again, and a picture that will not upload never re-posts the text.
 */
@ExtendWith(OutputCaptureExtension.class)
class DeliveryOverSlackTest extends SlackEdgeTest {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	private static final Conversation CHANNEL = Conversation.channel(Platform.SLACK, "T1", "C9");

	private static final Conversation OTHER = Conversation.channel(Platform.SLACK, "T1", "C8");

	@Autowired
	private DeliveryQueue queue;

	@BeforeEach
	void freeze() {
		clock.freezeAt(NOW);
	}

	@Test
	void aRetryAfterPausesTheMethodForTheWholeWorkspaceThenDelivers() {
		slack.server().stubFor(post(urlEqualTo("/api/chat.postMessage")).inScenario("throttled")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7"))
			.willSetStateTo("open"));
		slack.server().stubFor(post(urlEqualTo("/api/chat.postMessage")).inScenario("throttled")
			.whenScenarioStateIs("open")
			.willReturn(okJson("{\"ok\":true,\"channel\":\"C9\",\"ts\":\"1.2\"}")));

		queue.post("test:429", CHANNEL, ChatMessage.text("hello"), lifetime(Duration.ofHours(1)));
		await().until(() -> slack.calls("chat.postMessage").size() == 1);
		await().until(() -> "PENDING".equals(status("test:429")));
		queue.post("test:other", OTHER, ChatMessage.text("also"), lifetime(Duration.ofHours(1)));
		dispatcher.dispatchDue();

		assertThat(nextAttempt("test:429")).isEqualTo(NOW.plusSeconds(7));
		assertThat(slack.calls("chat.postMessage")).as("no call inside the Retry-After window, to any conversation")
			.hasSize(1);
		clock.advance(Duration.ofSeconds(7));
		await().until(() -> "SENT".equals(status("test:429")) && "SENT".equals(status("test:other")));
		assertThat(slack.calls("chat.postMessage")).hasSize(3);
	}

	@Test
	void passingFailuresAreRetriedUntilTheMessageExpiresThenItEndsExpiredWithItsReason() {
		slack.server().stubFor(post(urlEqualTo("/api/chat.postMessage")).willReturn(aResponse().withStatus(503)));

		queue.post("test:503", CHANNEL, ChatMessage.text("hello"), lifetime(Duration.ofMinutes(30)));
		for (int attempt = 1; attempt <= 40; attempt++) {
			int expected = attempt;
			await().until(() -> attempts("test:503") >= expected || "EXPIRED".equals(status("test:503")));
			if ("EXPIRED".equals(status("test:503"))) {
				break;
			}
			assertThat(status("test:503")).isEqualTo("PENDING");
			clock.freezeAt(nextAttempt("test:503"));
		}

		await().until(() -> "EXPIRED".equals(status("test:503")));
		assertThat(attempts("test:503")).as("more than the old eight").isGreaterThan(8);
		assertThat(error("test:503")).startsWith("expired after").contains("Slack HTTP 503");
	}

	@Test
	void permanentErrorsEndAtOnceAndUnknownOnesAreRetried() {
		slack.server().stubFor(post(urlEqualTo("/api/chat.postMessage")).withRequestBody(containing("C9"))
			.willReturn(okJson("{\"ok\":false,\"error\":\"channel_not_found\"}")));
		slack.server().stubFor(post(urlEqualTo("/api/chat.postMessage")).withRequestBody(containing("C8"))
			.willReturn(okJson("{\"ok\":false,\"error\":\"some_error_nobody_documented\"}")));

		queue.post("test:gone", CHANNEL, ChatMessage.text("hello"), lifetime(Duration.ofHours(1)));
		queue.post("test:odd", OTHER, ChatMessage.text("hello"), lifetime(Duration.ofHours(1)));

		await().until(() -> "DEAD".equals(status("test:gone")) && attempts("test:odd") == 1);
		assertThat(error("test:gone")).contains("channel_not_found");
		assertThat(status("test:odd")).isEqualTo("PENDING");
		assertThat(error("test:odd")).contains("some_error_nobody_documented");
	}

	@Test
	void anAttemptThatTimedOutIsLookedUpInTheHistoryAndNotSentAgain() {
		slack.server().stubFor(post(urlEqualTo("/api/chat.postMessage"))
			.willReturn(okJson("{\"ok\":true,\"channel\":\"C9\",\"ts\":\"5.5\"}").withFixedDelay(3000)));
		slack.server().stubFor(post(urlEqualTo("/api/conversations.history")).willReturn(okJson("""
				{"ok":true,"messages":[{"type":"message","ts":"5.5","text":"hello",
				"metadata":{"event_type":"steward_delivery","event_payload":{"key":"test:slow"}}}],
				"response_metadata":{"next_cursor":""}}""")));

		queue.post("test:slow", CHANNEL, ChatMessage.text("hello"), lifetime(Duration.ofHours(1)));
		await().until(() -> attempts("test:slow") == 1);
		assertThat(error("test:slow")).contains("no answer from Slack");
		clock.freezeAt(nextAttempt("test:slow"));

		await().until(() -> "SENT".equals(status("test:slow")));
		assertThat(slack.calls("chat.postMessage")).as("posted once, found in the history").hasSize(1);
		assertThat(slack.calls("conversations.history")).singleElement()
			.satisfies((call) -> assertThat(call).containsEntry("channel", "C9").containsEntry("include_all_metadata",
					"1"));
		assertThat(column("message_ref", "test:slow", String.class)).isEqualTo("C9:5.5");
	}

	@Test
	void aReplyWaitsForItsParentAndGoesIntoItsThread() {
		slack.server().stubFor(post(urlEqualTo("/api/chat.postMessage")).withRequestBody(containing("thread_ts"))
			.atPriority(1)
			.willReturn(okJson("{\"ok\":true,\"channel\":\"C9\",\"ts\":\"8.1\"}")));
		slack.server().stubFor(post(urlEqualTo("/api/chat.postMessage")).atPriority(2).inScenario("parent")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("up"));
		slack.server().stubFor(post(urlEqualTo("/api/chat.postMessage")).atPriority(2).inScenario("parent")
			.whenScenarioStateIs("up")
			.willReturn(okJson("{\"ok\":true,\"channel\":\"C9\",\"ts\":\"7.7\"}")));

		queue.post("test:summary", CHANNEL, ChatMessage.text("Stand-up"), lifetime(Duration.ofHours(1)));
		await().until(() -> attempts("test:summary") == 1);
		queue.reply("test:answer", "test:summary", CHANNEL, ChatMessage.text("Ann: shipped it"),
				lifetime(Duration.ofHours(1)));
		dispatcher.dispatchDue();
		assertThat(status("test:answer")).as("waiting for its parent").isEqualTo("PENDING");
		assertThat(slack.calls("chat.postMessage")).as("only the parent's failed attempt").hasSize(1);
		clock.freezeAt(nextAttempt("test:summary").isAfter(nextAttempt("test:answer")) ? nextAttempt("test:summary")
				: nextAttempt("test:answer"));

		await().until(() -> "SENT".equals(status("test:summary")));
		clock.advance(Duration.ofSeconds(1));
		await().until(() -> "SENT".equals(status("test:answer")));
		assertThat(slack.postsTo("C9")).hasSize(3);
		assertThat(slack.postsTo("C9").get(2)).containsEntry("thread_ts", "7.7");
		assertThat(column("message_ref", "test:answer", String.class)).isEqualTo("C9:8.1");
	}

	@Test
	void aReplyThatTimedOutIsLookedUpInItsThreadAndNotSentAgain() {
		slack.server().stubFor(post(urlEqualTo("/api/chat.postMessage")).withRequestBody(containing("thread_ts"))
			.atPriority(1)
			.willReturn(okJson("{\"ok\":true,\"channel\":\"C9\",\"ts\":\"8.2\"}").withFixedDelay(3000)));
		slack.server().stubFor(post(urlEqualTo("/api/chat.postMessage")).atPriority(2)
			.willReturn(okJson("{\"ok\":true,\"channel\":\"C9\",\"ts\":\"7.8\"}")));
		slack.server().stubFor(post(urlEqualTo("/api/conversations.replies")).willReturn(okJson("""
				{"ok":true,"messages":[{"type":"message","ts":"7.8","text":"Stand-up"},
				{"type":"message","ts":"8.2","thread_ts":"7.8","text":"Ann",
				"metadata":{"event_type":"steward_delivery","event_payload":{"key":"test:slow-reply"}}}],
				"response_metadata":{"next_cursor":""}}""")));

		queue.post("test:parent", CHANNEL, ChatMessage.text("Stand-up"), lifetime(Duration.ofHours(1)));
		await().until(() -> "SENT".equals(status("test:parent")));
		queue.reply("test:slow-reply", "test:parent", CHANNEL, ChatMessage.text("Ann"), lifetime(Duration.ofHours(1)));
		await().until(() -> attempts("test:slow-reply") == 1);
		clock.freezeAt(nextAttempt("test:slow-reply"));

		await().until(() -> "SENT".equals(status("test:slow-reply")));
		assertThat(slack.calls("chat.postMessage")).as("the parent and one reply").hasSize(2);
		assertThat(slack.calls("conversations.replies")).singleElement()
			.satisfies((call) -> assertThat(call).containsEntry("channel", "C9").containsEntry("ts", "7.8"));
		assertThat(column("message_ref", "test:slow-reply", String.class)).isEqualTo("C9:8.2");
	}

	@Test
	void everyPostCarriesItsDeliveryKeyAsMessageMetadata() {
		queue.post("test:meta", CHANNEL, ChatMessage.text("hello"), lifetime(Duration.ofHours(1)));

		await().until(() -> "SENT".equals(status("test:meta")));
		assertThat(slack.postsTo("C9").get(0).get("metadata"))
			.isEqualTo("{\"event_type\":\"steward_delivery\",\"event_payload\":{\"key\":\"test:meta\"}}");
	}

	@Test
	void aPictureSlackWillNotTakeNeverPostsTheTextTwice() {
		slack.server().stubFor(post(urlEqualTo("/api/files.getUploadURLExternal"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
				.withBody("<html>maintenance</html>")));
		ChatMessage digest = ChatMessage.builder("digest").section(dev.steward.chat.Text.plain("numbers"))
			.image("chart.png", "a chart", new byte[] { (byte) 0x89, 'P', 'N', 'G' })
			.build();

		queue.post("test:chart", CHANNEL, digest, lifetime(Duration.ofHours(1)));

		await().until(() -> "SENT".equals(status("test:chart")));
		assertThat(slack.calls("chat.postMessage")).hasSize(1);
		assertThat(error("test:chart")).startsWith("sent without chart.png");
	}

	@Test
	void aPictureWhoseUploadFailsForAMomentIsRetriedWithoutPostingTheTextAgain() {
		slack.server().stubFor(post(urlEqualTo("/api/files.getUploadURLExternal")).inScenario("upload")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("back"));
		ChatMessage digest = ChatMessage.builder("digest").section(dev.steward.chat.Text.plain("numbers"))
			.image("chart.png", "a chart", new byte[] { (byte) 0x89, 'P', 'N', 'G' })
			.build();

		queue.post("test:retry-chart", CHANNEL, digest, lifetime(Duration.ofHours(1)));
		await().until(() -> attempts("test:retry-chart") == 1);
		assertThat(column("step", "test:retry-chart", String.class)).isEqualTo("POSTED");
		clock.freezeAt(nextAttempt("test:retry-chart"));

		await().until(() -> "SENT".equals(status("test:retry-chart")));
		assertThat(slack.calls("chat.postMessage")).hasSize(1);
		assertThat(slack.server().findAll(com.github.tomakehurst.wiremock.client.WireMock
			.postRequestedFor(urlPathMatching("/upload/.*")))).hasSize(1);
	}

	@Test
	void aPageInsteadOfJsonIsRetriedAndAnAbsurdRetryAfterIsCappedAndSaidSo(CapturedOutput output) {
		slack.server().stubFor(post(urlEqualTo("/api/chat.postMessage")).withRequestBody(containing("C9"))
			.inScenario("html").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
				.withBody("<html><body>Service Unavailable</body></html>"))
			.willSetStateTo("healthy"));
		slack.server().stubFor(post(urlEqualTo("/api/chat.postMessage")).withRequestBody(containing("C8"))
			.inScenario("hour").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600"))
			.willSetStateTo("healthy"));

		queue.post("test:html", CHANNEL, ChatMessage.text("hello"), lifetime(Duration.ofHours(1)));
		await().until(() -> attempts("test:html") == 1);
		assertThat(status("test:html")).isEqualTo("PENDING");
		queue.post("test:hour", OTHER, ChatMessage.text("hello"), lifetime(Duration.ofHours(2)));
		await().until(() -> nextAttempt("test:hour").isAfter(NOW));

		assertThat(nextAttempt("test:hour")).as("capped at steward.delivery.max-retry-after")
			.isEqualTo(NOW.plus(Duration.ofMinutes(10)));
		assertThat(output.getAll()).contains("asked to wait PT1H before sending");
		clock.advance(Duration.ofMinutes(10));
		await().until(() -> "SENT".equals(status("test:html")) && "SENT".equals(status("test:hour")));
		assertThat(slack.postsTo("C9")).hasSize(2);
		assertThat(slack.postsTo("C8")).hasSize(2);
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

	private Lifetime lifetime(Duration useful) {
		return new Lifetime(DeliveryKind.NOTICE, null, NOW.plus(useful));
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
