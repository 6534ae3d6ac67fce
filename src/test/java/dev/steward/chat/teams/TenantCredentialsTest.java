package dev.steward.chat.teams;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;

import com.microsoft.bot.connector.authentication.AuthenticationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.scheduling.AdjustableClock;
import dev.steward.support.TeamsStub;

import org.springframework.util.unit.DataSize;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Single-tenant app credentials: tokens from the tenant's own authority, cached until shortly before expiry. */
class TenantCredentialsTest {

	private static final TeamsStub microsoft = new TeamsStub().start();

	private static final String TENANT = "5e1d7c2b-0a9f-4e3d-8c7b-6a5f4e3d2c1b";

	private final AdjustableClock clock = AdjustableClock.system();

	private TenantCredentials credentials;

	@BeforeEach
	void fresh() {
		microsoft.reset();
		clock.freezeAt(Instant.parse("2026-11-23T09:00:00Z"));
		TeamsProperties properties = new TeamsProperties("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b", "s3cr3t+/=", TENANT,
				false, microsoft.authorityUrl(), microsoft.openIdMetadataUrl(), Duration.ofSeconds(5),
				Duration.ofHours(1), DataSize.ofMegabytes(1));
		credentials = new TenantCredentials(properties, HttpClient.newHttpClient(), clock);
	}

	@Test
	void asksTheTenantsTokenEndpointForABotFrameworkToken() {
		assertThat(credentials.getToken().join()).isEqualTo(TeamsStub.ACCESS_TOKEN);

		assertThat(microsoft.tokenRequests()).singleElement().satisfies((request) -> {
			assertThat(request.getUrl()).isEqualTo("/login/" + TENANT + "/oauth2/v2.0/token");
			assertThat(request.getBodyAsString()).contains("grant_type=client_credentials")
				.contains("client_id=6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b")
				.contains("client_secret=s3cr3t%2B%2F%3D")
				.contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default");
		});
	}

	@Test
	void reusesTheTokenUntilFiveMinutesBeforeItExpires() {
		credentials.getToken().join();
		clock.advance(Duration.ofMinutes(54));
		credentials.getToken().join();
		assertThat(microsoft.tokenRequests()).hasSize(1);

		clock.advance(Duration.ofMinutes(1));
		credentials.getToken().join();
		assertThat(microsoft.tokenRequests()).hasSize(2);
	}

	@Test
	void failsWithoutRepeatingTheSecretWhenTheEndpointRefuses() {
		microsoft.server()
			.stubFor(post(urlPathMatching("/login/.*")).atPriority(1)
				.willReturn(aResponse().withStatus(401).withBody("{\"error\":\"invalid_client\"}")));

		assertThatThrownBy(() -> credentials.getToken().join()).hasCauseInstanceOf(AuthenticationException.class)
			.hasMessageContaining("HTTP 401")
			.hasMessageNotContaining("s3cr3t");
		assertThat(credentials.toString()).doesNotContain("s3cr3t");
	}

}
