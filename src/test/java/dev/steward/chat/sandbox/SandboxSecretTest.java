package dev.steward.chat.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import dev.steward.StewardApplication;
import dev.steward.scheduling.AdjustableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sandbox next to a real platform (here Teams): it starts only with a secret, and then every API request must
 * carry it. Without a real platform it needs none, as {@link SandboxApiTest} shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "steward.sandbox.enabled=true", "steward.sandbox.secret=" + SandboxSecretTest.SECRET,
				"steward.teams.app-id=6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b", "steward.teams.app-password=test-secret",
				"steward.teams.tenant-id=5e1d7c2b-0a9f-4e3d-8c7b-6a5f4e3d2c1b", "steward.scheduling.enabled=false",
				"spring.datasource.url=jdbc:h2:mem:sandbox-secret;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@ExtendWith(OutputCaptureExtension.class)
class SandboxSecretTest {

	static final String SECRET = "correct-horse-battery-staple-42";

	private static final Instant MONDAY = Instant.parse("2026-11-23T03:00:00Z");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private AdjustableClock clock;

	@AfterEach
	void resumeClock() {
		clock.reset();
	}

	@Test
	void refusesToStartNextToARealPlatformWithoutASecretAndSaysWhichSettingToSet(CapturedOutput output) {
		assertThatThrownBy(() -> SpringApplication.run(StewardApplication.class, "--server.port=0",
				"--steward.scheduling.enabled=false", "--steward.sandbox.enabled=true",
				"--steward.teams.app-id=6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b", "--steward.teams.app-password=secret",
				"--steward.teams.tenant-id=5e1d7c2b-0a9f-4e3d-8c7b-6a5f4e3d2c1b",
				"--spring.datasource.url=jdbc:h2:mem:sandbox-no-secret;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"))
			.hasRootCauseMessage(SandboxConfiguration.SECRET_MISSING);

		assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
			.contains("Description:\n\n" + SandboxConfiguration.SECRET_MISSING + "\n")
			.doesNotContain("Application run failed")
			.doesNotContainPattern("\\n\\s+at [a-z]+\\.");
	}

	@Test
	void refusesApiRequestsWithoutTheSecretWith401AndAReason(CapturedOutput output) {
		clock.freezeAt(MONDAY);

		HttpResponse<String> missing = send(request("/sandbox/api/users").GET(), null);
		HttpResponse<String> wrong = send(request("/sandbox/api/clock").POST(body("{\"advance\":\"P1D\"}")),
				"correct-horse-battery-staple-43");
		HttpResponse<String> blank = send(request("/sandbox/api/commands")
			.POST(body("{\"user\":\"alice\",\"text\":\"/standup status\"}")), " ");

		for (HttpResponse<String> response : List.of(missing, wrong, blank)) {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					(type) -> assertThat(type).startsWith("application/json"));
			assertThat(JSON.readTree(response.body()).path("error").asString()).contains("X-Steward-Sandbox-Secret");
		}
		assertThat(clock.instant()).isEqualTo(MONDAY);
		assertThat(output.getAll()).contains("Refused a sandbox API request").doesNotContain(SECRET)
			.doesNotContain("correct-horse-battery-staple-43");
	}

	@Test
	void servesTheApiToRequestsThatCarryTheSecret() {
		HttpResponse<String> users = send(request("/sandbox/api/users").GET(), SECRET);

		assertThat(users.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(users.body()).findValuesAsString("id")).contains("alice", "bob");
	}

	@Test
	void servesThePageWhichAsksForTheSecretOnceAndSendsIt() {
		HttpResponse<String> page = send(request("/").GET(), null);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("X-Steward-Sandbox-Secret").contains("sessionStorage").contains("prompt(");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	private static HttpRequest.BodyPublisher body(String json) {
		return HttpRequest.BodyPublishers.ofString(json);
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String secret) {
		request.header("Content-Type", "application/json");
		if (secret != null) {
			request.header("X-Steward-Sandbox-Secret", secret);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
