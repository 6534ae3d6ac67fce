package dev.steward.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * WireMock standing in for Slack's OpenID Connect provider as a browser meets it: its authorize page sends the
 * browser straight back with a code and the state it was given, and its token endpoint answers with an ID token
 * signed by a key it publishes, carrying the nonce the authorize request asked for, for Slack user U0PM of T1.
 */
final class SlackOpenIdProvider {

	private final RSAKey key;

	private final AtomicReference<String> nonce = new AtomicReference<>();

	private final AtomicInteger authorizations = new AtomicInteger();

	private final WireMockServer server;

	SlackOpenIdProvider() {
		try {
			key = new RSAKeyGenerator(2048).keyID("browser-test").generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		server = new WireMockServer(WireMockConfiguration.options().dynamicPort().extensions(new Pages()));
		server.start();
		server.stubFor(get(urlPathEqualTo("/openid/connect/authorize")).willReturn(new ResponseDefinitionBuilder()
			.withTransformers(Pages.NAME)));
		server.stubFor(post(urlEqualTo("/api/openid.connect.token")).willReturn(new ResponseDefinitionBuilder()
			.withTransformers(Pages.NAME)));
		server.stubFor(get(urlEqualTo("/openid/connect/keys")).willReturn(okJson(new JWKSet(key.toPublicJWK())
			.toString())));
	}

	String url() {
		return server.baseUrl();
	}

	int authorizations() {
		return authorizations.get();
	}

	void stop() {
		server.stop();
	}

	private String idToken() {
		Instant now = Instant.now();
		SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
				new JWTClaimsSet.Builder().issuer(server.baseUrl())
					.subject("U0PM")
					.audience("dash-client")
					.issueTime(Date.from(now))
					.expirationTime(Date.from(now.plusSeconds(300)))
					.claim("nonce", nonce.get())
					.claim("https://slack.com/team_id", "T1")
					.claim("https://slack.com/user_id", "U0PM")
					.claim("name", "Pat Morgan")
					.build());
		try {
			token.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return token.serialize();
	}

	/** The provider's two dynamic answers. */
	private final class Pages implements ResponseDefinitionTransformerV2 {

		static final String NAME = "slack-openid-pages";

		@Override
		public ResponseDefinition transform(ServeEvent event) {
			String url = event.getRequest().getUrl();
			if (url.startsWith("/openid/connect/authorize")) {
				Map<String, String> asked = dev.steward.support.WebBrowser.query(url);
				nonce.set(asked.get("nonce"));
				authorizations.incrementAndGet();
				return new ResponseDefinitionBuilder().withStatus(302)
					.withHeader("Location", asked.get("redirect_uri") + "?code=browser-code&state="
							+ java.net.URLEncoder.encode(asked.get("state"), StandardCharsets.UTF_8))
					.build();
			}
			return new ResponseDefinitionBuilder().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"ok\":true,\"access_token\":\"xoxp-browser\",\"token_type\":\"Bearer\",\"id_token\":\""
						+ idToken() + "\"}")
				.build();
		}

		@Override
		public boolean applyGlobally() {
			return false;
		}

		@Override
		public String getName() {
			return NAME;
		}

	}

}
