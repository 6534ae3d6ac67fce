package dev.steward;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.steward.scheduling.AdjustableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * JSON logs carry the log context: a line the tick writes names the kind of work, the unit and the team; a line
 * written while a message is sent names its delivery key and team.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "steward.scheduling.enabled=false", "logging.structured.format.console=ecs",
				"logging.level.dev.steward.standup=DEBUG", "logging.level.dev.steward.delivery=DEBUG",
				"spring.datasource.url=jdbc:h2:mem:log-context;MODE=PostgreSQL;"
						+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@ExtendWith(OutputCaptureExtension.class)
class LogContextTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private AdjustableClock clock;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void resume() {
		clock.reset();
	}

	@Test
	void namesTheTickTheTeamAndTheDeliveryKeyInJsonLogLines(CapturedOutput output) throws Exception {
		clock.freezeAt(Instant.parse("2026-11-23T03:00:00Z"));
		jdbc.sql("update standup_member set next_due_at = timestamp with time zone '1970-01-01 00:00:00+00'").update();
		long team = jdbc.sql("select team_id from standup").query(Long.class).list().get(0);

		advanceAnHour();

		JsonNode delivered = await().atMost(Duration.ofSeconds(30))
			.until(() -> line(output, "Delivered prompt:"), Optional::isPresent)
			.get();
		assertThat(delivered.path("delivery").asString()).startsWith("prompt:s").endsWith(":bob:2026-11-23");
		assertThat(delivered.path("team").asString()).isEqualTo(Long.toString(team));
		JsonNode prompted = line(output, "Prompted 1 of team").orElseThrow();
		assertThat(prompted.path("tick").asString()).isEqualTo("prompts");
		assertThat(prompted.path("team").asString()).isEqualTo(Long.toString(team));
		assertThat(prompted.path("unit").asString()).isNotBlank();
	}

	private void advanceAnHour() throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sandbox/api/clock"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"advance\":\"PT1H\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
	}

	/** The first JSON log line whose message starts with the text. */
	private static Optional<JsonNode> line(CapturedOutput output, String message) {
		return output.getOut()
			.lines()
			.filter((line) -> line.startsWith("{"))
			.map(JSON::readTree)
			.filter((node) -> node.path("message").asString().startsWith(message))
			.findFirst();
	}

}
