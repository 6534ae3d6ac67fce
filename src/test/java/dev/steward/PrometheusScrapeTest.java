package dev.steward;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.scheduling.AdjustableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Steward's metrics as Prometheus scrapes them from the management port: after a tick that prompts Bob in the
 * sandbox and a command of his, the prompt, its delivery, the tick's duration, the queue's gauges and the command are
 * there with their values.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "steward.scheduling.enabled=false", "management.server.port=0",
				"management.endpoints.web.exposure.include=health,info,prometheus",
				"spring.datasource.url=jdbc:h2:mem:management;MODE=PostgreSQL;"
						+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class PrometheusScrapeTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@Autowired
	private AdjustableClock clock;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void mondayBeforeBobsPrompt() {
		clock.freezeAt(Instant.parse("2026-11-23T03:00:00Z"));
		jdbc.sql("update standup_member set next_due_at = timestamp with time zone '1970-01-01 00:00:00+00'").update();
	}

	@AfterEach
	void resume() {
		clock.reset();
	}

	@Test
	void scrapesThePromptItsDeliveryTheTickAndTheQueueAfterATickThatPrompts() {
		double promptsBefore = Math.max(0, value(scrape(), "steward_standup_prompts_total\\{kind=\"prompt\"\\}"));

		send(URI.create("http://localhost:" + port + "/sandbox/api/clock"), "{\"advance\":\"PT1H\"}");
		send(URI.create("http://localhost:" + port + "/sandbox/api/commands"),
				"{\"user\":\"bob\",\"text\":\"/standup status\",\"conversation\":\"channel:team-alpha\"}");

		String metrics = await().atMost(Duration.ofSeconds(30))
			.until(this::scrape, (scraped) -> value(scraped,
					"steward_deliveries_total\\{kind=\"prompt\",outcome=\"sent\",platform=\"sandbox\"\\}") >= 1);
		assertThat(value(metrics, "steward_standup_prompts_total\\{kind=\"prompt\"\\}")).isEqualTo(promptsBefore + 1);
		assertThat(value(metrics, "steward_tick_duration_seconds_count\\{work=\"prompts\"\\}")).isGreaterThanOrEqualTo(1);
		assertThat(value(metrics, "steward_tick_duration_seconds_count\\{work=\"reports\"\\}")).isGreaterThanOrEqualTo(1);
		assertThat(value(metrics, "steward_delivery_queue_depth")).isGreaterThanOrEqualTo(0);
		assertThat(value(metrics, "steward_delivery_queue_oldest_due_age_seconds")).isGreaterThanOrEqualTo(0);
		assertThat(value(metrics, "steward_delivery_dead")).isZero();
		assertThat(value(metrics,
				"steward_inbound_requests_total\\{outcome=\"handled\",platform=\"sandbox\",type=\"command\"\\}"))
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void countsAMembersFirstAnswersApartFromTheirEditsSoTheAnswerRateIsAnswersOverPrompts() {
		String before = scrape();
		double firstBefore = Math.max(0, value(before, "steward_standup_answers_total\\{kind=\"first\"\\}"));
		double editsBefore = Math.max(0, value(before, "steward_standup_answers_total\\{kind=\"edit\"\\}"));
		// Tuesday, so the other test's Monday prompt stays its own.
		clock.freezeAt(Instant.parse("2026-11-24T03:00:00Z"));
		send(URI.create("http://localhost:" + port + "/sandbox/api/clock"), "{\"advance\":\"PT1H\"}");
		String runId = await().atMost(Duration.ofSeconds(30)).until(this::bobsPromptRun, (run) -> run != null);

		answer(runId, "Specs");
		answer(runId, "Specs and the review");

		String metrics = scrape();
		assertThat(value(metrics, "steward_standup_answers_total\\{kind=\"first\"\\}")).isEqualTo(firstBefore + 1);
		assertThat(value(metrics, "steward_standup_answers_total\\{kind=\"edit\"\\}")).isEqualTo(editsBefore + 1);
	}

	/** The run id on the Answer button of Bob's Tuesday prompt, once it has arrived. */
	private String bobsPromptRun() {
		String messages = send(URI.create("http://localhost:" + port + "/sandbox/api/conversations/dm:bob/messages"),
				null);
		int tuesday = messages.indexOf("Stand-up \u00b7 Tue 24 Nov");
		Matcher run = Pattern.compile("\"actionId\":\"standup.answer\",\"value\":\"(\\d+)\"").matcher(messages);
		return (tuesday >= 0 && run.find(tuesday)) ? run.group(1) : null;
	}

	private void answer(String runId, String yesterday) {
		String result = send(URI.create("http://localhost:" + port + "/sandbox/api/actions"),
				"{\"user\":\"bob\",\"form\":{\"formId\":\"standup.answers\",\"context\":\"" + runId
						+ "\",\"values\":{\"q0\":[\"" + yesterday + "\"],\"q1\":[\"Build it\"],\"q2\":[\"none\"]}}}");
		assertThat(result).contains("\"accepted\":true");
	}

	private String scrape() {
		return send(URI.create("http://localhost:" + managementPort + "/actuator/prometheus"), null);
	}

	/** The sample's value, or -1 when the scrape has no such line. */
	private static double value(String metrics, String sample) {
		Matcher matcher = Pattern.compile("(?m)^" + sample + " (\\S+)$").matcher(metrics);
		return matcher.find() ? Double.parseDouble(matcher.group(1)) : -1;
	}

	private String send(URI uri, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri);
		if (json != null) {
			request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(uri.toString()).isEqualTo(200);
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
