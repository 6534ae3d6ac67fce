package dev.steward;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With tracing turned on, Steward sends the spans of a request it served, and of the SQL it ran for it, to the
 * operator's OpenTelemetry collector over OTLP/HTTP; a WireMock server stands in for the collector.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "steward.scheduling.enabled=false", "otel.sdk.disabled=false", "otel.traces.exporter=otlp",
				"otel.exporter.otlp.protocol=http/protobuf", "otel.bsp.schedule.delay=100ms",
				"otel.service.name=steward-traced",
				"spring.datasource.url=jdbc:h2:mem:tracing;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class TracingTest {

	private static final WireMockServer collector = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static {
		collector.start();
		collector.stubFor(post(urlEqualTo("/v1/traces")).willReturn(aResponse().withStatus(200)));
	}

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void collectorUrl(DynamicPropertyRegistry registry) {
		registry.add("otel.exporter.otlp.endpoint", collector::baseUrl);
	}

	@AfterAll
	static void stopCollector() {
		collector.stop();
	}

	@Test
	void sendsTheSpansOfARequestAndItsSqlToTheCollector() throws Exception {
		HttpResponse<String> answered = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sandbox/api/commands"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(
						"{\"user\":\"bob\",\"text\":\"/standup status\",\"conversation\":\"channel:team-alpha\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answered.statusCode()).isEqualTo(200);

		await().untilAsserted(() -> assertThat(exported()).contains("steward-traced")
			.contains("/sandbox/api/commands")
			.contains("select"));
	}

	/** Everything exported so far, as text: OTLP's protobuf carries names and attributes as plain UTF-8. */
	private static String exported() {
		StringBuilder all = new StringBuilder();
		for (LoggedRequest request : collector.findAll(postRequestedFor(urlEqualTo("/v1/traces")))) {
			all.append(new String(request.getBody(), StandardCharsets.ISO_8859_1));
		}
		return all.toString();
	}

}
