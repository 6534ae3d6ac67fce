package dev.steward.dashboard;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.chat.Platform;
import dev.steward.support.WebBrowser;
import dev.steward.team.Role;
import dev.steward.team.Team;
import dev.steward.team.TeamRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Sign in with Microsoft" through a WireMock standing in for Entra ID, with a real signed ID token: the person is
 * matched to the Teams user Steward knows by their object id and lands on their own teams; someone Steward has not
 * seen in Teams signs in but sees no team.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "steward.teams.app-id=dash-app", "steward.teams.app-password=dash-secret",
				"steward.teams.tenant-id=tenant-1", "steward.scheduling.enabled=false",
				"spring.datasource.url=jdbc:h2:mem:microsoft-sign-in;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class MicrosoftSignInTest {

	private static final WireMockServer entra = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static {
		entra.start();
	}

	private static RSAKey key;

	@LocalServerPort
	private int port;

	@Autowired
	private TeamRepository teams;

	@Autowired
	private JdbcClient jdbc;

	@DynamicPropertySource
	static void entraUrls(DynamicPropertyRegistry registry) {
		registry.add("steward.teams.authority-url", entra::baseUrl);
		registry.add("steward.teams.open-id-metadata-url", () -> entra.baseUrl() + "/openid-metadata");
	}

	@AfterAll
	static void stopEntra() {
		entra.stop();
	}

	@BeforeAll
	static void signingKey() throws Exception {
		key = new RSAKeyGenerator(2048).keyID("slack-test").generate();
	}

	@BeforeEach
	void provider() {
		entra.resetAll();
		entra.stubFor(get(urlEqualTo("/tenant-1/discovery/v2.0/keys")).willReturn(okJson(new JWKSet(key.toPublicJWK())
			.toString())));
	}

	@Test
	void signsInWithMicrosoftAsTheTeamsUserStewardKnows() throws Exception {
		Team mine = teams.create(Platform.TEAMS, "tenant-1", "19:platform", "Platform", ZoneId.of("UTC"), Instant.now());
		teams.addMember(mine.id(), "29:pat", "Pat", Role.PM, false);
		teams.create(Platform.TEAMS, "tenant-1", "19:elsewhere", "Elsewhere", ZoneId.of("UTC"), Instant.now());
		jdbc.sql("insert into teams_user (tenant_id, user_id, display_name, aad_object_id, updated_at) "
				+ "values ('tenant-1', '29:pat', 'Pat', 'oid-pat', :now)")
			.param("now", Instant.now().atOffset(java.time.ZoneOffset.UTC))
			.update();
		WebBrowser browser = new WebBrowser(port);
		assertThat(browser.get("/sign-in").body()).contains("Sign in with Microsoft").doesNotContain("Sign in with Slack")
			.doesNotContain("Sign in as Alice");

		HttpResponse<String> toEntra = browser.get("/oauth2/authorization/microsoft");
		assertThat(toEntra.statusCode()).isEqualTo(302);
		String location = toEntra.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith(entra.baseUrl() + "/tenant-1/oauth2/v2.0/authorize");
		Map<String, String> asked = WebBrowser.query(location);
		answerWithIdToken(asked.get("nonce"), "oid-pat", "Pat Morgan");

		HttpResponse<String> back = browser.get("/login/oauth2/code/microsoft?code=entra-code&state="
				+ asked.get("state"));

		assertThat(back.statusCode()).isEqualTo(302);
		assertThat(back.headers().firstValue("Location")).get().asString().endsWith("/dashboard");
		assertThat(browser.get("/dashboard").body()).contains("Platform").contains("Pat Morgan")
			.doesNotContain("Elsewhere");
	}

	@Test
	void signsInSomeoneStewardHasNotSeenInTeamsWithoutShowingThemATeam() throws Exception {
		teams.create(Platform.TEAMS, "tenant-1", "19:quiet", "Quiet team", ZoneId.of("UTC"), Instant.now());
		WebBrowser browser = new WebBrowser(port);
		Map<String, String> asked = WebBrowser.query(browser.get("/oauth2/authorization/microsoft").headers()
			.firstValue("Location").orElseThrow());
		answerWithIdToken(asked.get("nonce"), "oid-stranger", "Sam New");

		assertThat(browser.get("/login/oauth2/code/microsoft?code=c&state=" + asked.get("state")).statusCode())
			.isEqualTo(302);
		assertThat(browser.get("/dashboard").body()).contains("Sam New").contains("not in any team")
			.doesNotContain("Quiet team");
	}

	private static void answerWithIdToken(String nonce, String object, String name) throws Exception {
		Instant now = Instant.now();
		SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
				new JWTClaimsSet.Builder().issuer(entra.baseUrl() + "/tenant-1/v2.0")
					.subject("sub-" + object)
					.audience("dash-app")
					.issueTime(Date.from(now))
					.expirationTime(Date.from(now.plusSeconds(300)))
					.claim("nonce", nonce)
					.claim("tid", "tenant-1")
					.claim("oid", object)
					.claim("name", name)
					.build());
		token.sign(new RSASSASigner(key));
		entra.stubFor(post(urlEqualTo("/tenant-1/oauth2/v2.0/token"))
			.willReturn(okJson("{\"access_token\":\"entra-access\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
					+ "\"id_token\":\"" + token.serialize() + "\"}")));
	}

}
