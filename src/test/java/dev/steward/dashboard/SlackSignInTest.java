package dev.steward.dashboard;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.chat.Platform;
import dev.steward.support.SlackStub;
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
 * "Sign in with Slack" through a WireMock standing in for Slack's OpenID Connect provider, with a real signed ID
 * token: the person lands on their own teams, and a return with a state this browser never got signs no one in.
 * With Slack configured, the sandbox's demo people are not offered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "steward.slack.bot-token=xoxb-test-token", "steward.slack.signing-secret=sign-in-secret",
				"steward.dashboard.slack-client-id=dash-client", "steward.dashboard.slack-client-secret=dash-secret",
				"steward.scheduling.enabled=false",
				"spring.datasource.url=jdbc:h2:mem:slack-sign-in;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class SlackSignInTest {

	private static final SlackStub slack = new SlackStub().start();

	private static RSAKey key;

	@LocalServerPort
	private int port;

	@Autowired
	private TeamRepository teams;

	@Autowired
	private JdbcClient jdbc;

	@DynamicPropertySource
	static void slackUrls(DynamicPropertyRegistry registry) {
		registry.add("steward.slack.api-url", slack::apiUrl);
		registry.add("steward.dashboard.slack-url", () -> slack.server().baseUrl());
	}

	@BeforeAll
	static void signingKey() throws Exception {
		key = new RSAKeyGenerator(2048).keyID("slack-test").generate();
	}

	@BeforeEach
	void provider() {
		slack.reset();
		slack.server()
			.stubFor(get(urlEqualTo("/openid/connect/keys")).willReturn(okJson(new JWKSet(key.toPublicJWK())
				.toString())));
	}

	@Test
	void signsInWithSlackAndShowsThePersonsOwnTeams() throws Exception {
		Team mine = team("T1", "C-MINE", "#platform");
		teams.addMember(mine.id(), "U0PM", "Pat", Role.PM, false);
		team("T2", "C-OTHER", "#elsewhere");
		WebBrowser browser = new WebBrowser(port);
		assertThat(browser.get("/sign-in").body()).contains("Sign in with Slack").doesNotContain("Sign in as Alice");

		HttpResponse<String> toSlack = browser.get("/oauth2/authorization/slack");
		assertThat(toSlack.statusCode()).isEqualTo(302);
		Map<String, String> asked = WebBrowser.query(toSlack.headers().firstValue("Location").orElseThrow());
		assertThat(asked).containsEntry("client_id", "dash-client").containsEntry("scope", "openid profile");
		answerWithIdToken(asked.get("nonce"), "T1", "U0PM", "Pat Morgan");

		HttpResponse<String> back = browser.get("/login/oauth2/code/slack?code=slack-code&state=" + asked.get("state"));

		assertThat(back.statusCode()).isEqualTo(302);
		assertThat(back.headers().firstValue("Location")).get().asString().endsWith("/dashboard");
		String dashboard = browser.get("/dashboard").body();
		assertThat(dashboard).contains("#platform").contains("Pat Morgan").doesNotContain("#elsewhere");
	}

	@Test
	void signsNoOneInOnAReturnWithAStateThisBrowserNeverGot() throws Exception {
		WebBrowser browser = new WebBrowser(port);
		Map<String, String> asked = WebBrowser.query(browser.get("/oauth2/authorization/slack").headers().firstValue("Location")
			.orElseThrow());
		answerWithIdToken(asked.get("nonce"), "T1", "U0PM", "Pat Morgan");

		HttpResponse<String> forged = browser.get("/login/oauth2/code/slack?code=slack-code&state=forged");

		assertThat(forged.statusCode()).isEqualTo(302);
		assertThat(forged.headers().firstValue("Location")).get().asString().contains("/sign-in?failed");
		assertThat(browser.get("/dashboard").statusCode()).isEqualTo(302);
		assertThat(slack.calls("openid.connect.token")).isEmpty();
	}

	private Team team(String workspace, String channel, String name) {
		return teams.create(Platform.SLACK, workspace, channel, name, ZoneId.of("UTC"), Instant.now());
	}

	private static void answerWithIdToken(String nonce, String team, String user, String name) throws Exception {
		Instant now = Instant.now();
		SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
				new JWTClaimsSet.Builder().issuer(slack.server().baseUrl())
					.subject(user)
					.audience("dash-client")
					.issueTime(Date.from(now))
					.expirationTime(Date.from(now.plusSeconds(300)))
					.claim("nonce", nonce)
					.claim("https://slack.com/team_id", team)
					.claim("https://slack.com/user_id", user)
					.claim("name", name)
					.build());
		token.sign(new RSASSASigner(key));
		slack.server()
			.stubFor(post(urlEqualTo("/api/openid.connect.token"))
				.willReturn(okJson("{\"ok\":true,\"access_token\":\"xoxp-signin\",\"token_type\":\"Bearer\","
						+ "\"id_token\":\"" + token.serialize() + "\"}")));
	}

}
