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
