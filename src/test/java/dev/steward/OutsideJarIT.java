package dev.steward;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.steward.support.SlackPayloads;
import dev.steward.support.SlackStub;
import dev.steward.support.SocketModeServer;
import dev.steward.support.StewardProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar run as an operator runs it ({@code java -jar}): over Socket Mode against a local WebSocket server
 * with the actuator on a port of its own, and with a bad setting.
 */
class OutsideJarIT {

	private static final Path LOGS = Path.of("target", "outside-jar");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final SlackStub slack = new SlackStub();

	private static final SocketModeServer socket = new SocketModeServer();

	private static Path jar;

	@BeforeAll
	static void edges() throws IOException {
		try (Stream<Path> built = Files.list(Path.of("target"))) {
			jar = built.filter((path) -> path.getFileName().toString().matches("steward-.*\\.jar"))
				.findFirst()
				.orElseThrow();
		}
		slack.start();
		socket.start();
		socket.greetOnOpen(true);
		slack.socketMode(socket.url());
	}

	@AfterAll
	static void stopEdges() throws InterruptedException {
		socket.stop();
		slack.stop();
	}

	@Test
	void answersOverSocketModeAndShowsItsMetricsOnTheManagementPortOnly() throws Exception {
		int management = StewardProcess.freePort();
		try (StewardProcess steward = StewardProcess.startJar("socket-mode", jar, Map.of("steward.slack.bot-token",
				"xoxb-outside", "steward.slack.app-token", "xapp-outside", "steward.slack.api-url", slack.apiUrl(),
				"management.server.port", Integer.toString(management), "management.endpoints.web.exposure.include",
				"health,info,prometheus", "steward.scheduling.enabled", "false", "spring.datasource.url",
				"jdbc:h2:mem:outside;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"), LOGS)) {
			steward.awaitReady(Duration.ofMinutes(3), "/readyz");
			socket.awaitOpen();

			socket.envelope("slash_commands", "e-outside", command("/standup", "help"));

			assertThat(socket.awaitAcks("e-outside", 1).get(0).path("payload").toString()).contains("/standup");
			assertThat(get("http://127.0.0.1:" + management + "/actuator/prometheus").body())
				.contains("steward_inbound_requests_total{outcome=\"handled\",platform=\"slack\",type=\"command\"} 1.0")
				.contains("steward_delivery_queue_depth");
			assertThat(get("http://127.0.0.1:" + management + "/actuator/health/readiness").statusCode()).isEqualTo(200);
			assertThat(get(steward.baseUrl() + "/livez").statusCode()).isEqualTo(200);
			assertThat(get(steward.baseUrl() + "/actuator/prometheus").statusCode()).isEqualTo(404);
			HttpResponse<String> events = HTTP.send(HttpRequest.newBuilder(URI.create(steward.baseUrl() + "/slack/events"))
				.POST(HttpRequest.BodyPublishers.ofString("{}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(events.statusCode()).isEqualTo(404);
			assertThat(events.body()).contains("Socket Mode");
		}
	}

	@Test
	void refusesABadSettingWithOneParagraphAndNoStackTrace() {
		StewardProcess refused = StewardProcess.startJar("bad-setting", jar, Map.of("steward.delivery.lease", "-5s",
				"spring.datasource.url", "jdbc:h2:mem:outside-bad;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"), LOGS);

		assertThat(refused.awaitExit(Duration.ofMinutes(3))).isEqualTo(1);
		assertThat(refused.output()).contains("Steward cannot start: steward.delivery.lease ('-5s') must be positive.")
			.contains("environment variable STEWARD_DELIVERY_LEASE")
			.doesNotContainPattern("\\n\\s+at [a-z]+\\.");
	}

	private static ObjectNode command(String command, String text) {
		ObjectNode payload = JsonMapper.builder().build().createObjectNode();
		SlackPayloads.command("T1", command, text, "U0PM", "C1", "team-C1").forEach(payload::put);
		return payload;
	}

	private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
