package dev.steward;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Steward with its actuator on a management port: the probes still answer on the main port (where the Kubernetes
 * probes point), and {@code /actuator/info} tells the build and the commit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "steward.scheduling.enabled=false", "management.server.port=0",
				"management.endpoints.web.exposure.include=health,info,prometheus",
				"spring.datasource.url=jdbc:h2:mem:management;MODE=PostgreSQL;"
						+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class ManagementPortTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@Test
	void answersLivenessAndReadinessOnTheMainPortWhenTheActuatorHasItsOwn() {
		for (String probe : new String[] { "/livez", "/readyz" }) {
			HttpResponse<String> response = get(port, probe);

			assertThat(response.statusCode()).as(probe).isEqualTo(200);
			assertThat(JSON.readTree(response.body()).path("status").asString()).as(probe).isEqualTo("UP");
		}
		assertThat(get(port, "/actuator/prometheus").statusCode()).isEqualTo(404);
	}

	@Test
	void tellsTheBuildAndTheCommitInInfo() {
		JsonNode info = JSON.readTree(get(managementPort, "/actuator/info").body());

		assertThat(info.path("build").path("artifact").asString()).isEqualTo("steward");
		assertThat(info.path("build").path("version").asString()).isEqualTo("0.1.0-SNAPSHOT");
		assertThat(info.path("git").path("commit").path("id").asString()).matches("[0-9a-f]{7,}");
	}

	private HttpResponse<String> get(int port, String path) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
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
