package dev.steward.chat.slack.install;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.chat.ChatGateways;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.support.RunningStewardTest;
import dev.steward.support.SignedSlackClient;
import dev.steward.support.SlackPayloads;
import dev.steward.support.SlackStub;
import dev.steward.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many workspaces: each installs Steward through "Add to Slack" in a real browser-like flow over HTTP (the state in a
 * cookie, Slack's redirect back with a code), its bot token is stored encrypted and used for its own requests and
 * sends, an organisation installs once for all its workspaces, and every flow that goes wrong ends on a page that
 * says so with nothing stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "steward.slack.install.client-id=1234.5678", "steward.slack.install.client-secret=client-secret",
				"steward.slack.install.token-keys=k1:AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=",
				"steward.slack.install.token-cache-ttl=1ms", "steward.slack.signing-secret=install-signing-secret",
				"steward.scheduling.enabled=false", "steward.delivery.poll-interval=50ms",
				"steward.delivery.slack.channel-spacing=0s", "steward.slack.directory-page-spacing=0s",
				"spring.datasource.url=jdbc:h2:mem:slack-install;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class SlackInstallTest extends RunningStewardTest {

	private static final SlackStub slack = new SlackStub().start();

	private static final Pattern STATE = Pattern.compile("state=([A-Za-z0-9_-]+)");

	@Autowired
	private DeliveryQueue queue;

	@Autowired
	private ChatGateways gateways;

	private SignedSlackClient signed;

	@DynamicPropertySource
	static void slackApi(DynamicPropertyRegistry registry) {
		registry.add("steward.slack.api-url", slack::apiUrl);
	}

	@BeforeEach
	void resetEdges() {
		slack.reset();
		TestDatabase.clean(jdbc);
		jdbc.sql("delete from slack_installation").update();
		jdbc.sql("delete from slack_org_workspace").update();
		jdbc.sql("delete from slack_oauth_state").update();
		signed = new SignedSlackClient(port, "install-signing-secret");
	}

	@Test
	void installsAWorkspaceAndUsesItsOwnTokenForItsRequestsAndSends() {
		Browser browser = new Browser();
		HttpResponse<String> page = browser.get("/slack/install");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(page.body()).contains("Add to Slack").contains("client_id=1234.5678").contains("commands");
		answerAccess(workspaceAccess("T9", "Nine", "U9", "xoxb-nine"));
		authTest("xoxb-nine", "T9", false);

		HttpResponse<String> back = browser.returnFromSlack(browser.state(page), "code-9");

		assertThat(back.statusCode()).isEqualTo(200);
		assertThat(back.body()).contains("Steward is installed").contains("Nine");
		assertThat(jdbc.sql("select bot_token from slack_installation where install_key = 'T9'")
			.query(String.class)
			.single()).doesNotContain("xoxb");
		slack.server()
			.verify(postRequestedFor(urlEqualTo("/api/oauth.v2.access")).withRequestBody(containing("code=code-9")));

		assertThat(signed.command("T9", "/standup", "help", "U9", "C9", "team").statusCode()).isEqualTo(200);
		slack.server()
			.verify(postRequestedFor(urlEqualTo("/api/auth.test")).withHeader("Authorization",
					equalTo("Bearer xoxb-nine")));
		queue.post("test:nine", Conversation.channel(Platform.SLACK, "T9", "C9"), ChatMessage.text("Hello nine"));
		await().untilAsserted(() -> slack.server()
			.verify(postRequestedFor(urlEqualTo("/api/chat.postMessage"))
				.withHeader("Authorization", equalTo("Bearer xoxb-nine"))
				.withRequestBody(containing("C9"))));
	}

	@Test
	void sendsToEachWorkspaceWithItsOwnToken() {
		install(workspaceAccess("T1", "One", "U1", "xoxb-one"));
		install(workspaceAccess("T2", "Two", "U2", "xoxb-two"));

		queue.post("test:one", Conversation.channel(Platform.SLACK, "T1", "C1"), ChatMessage.text("Hello one"));
		queue.post("test:two", Conversation.channel(Platform.SLACK, "T2", "C2"), ChatMessage.text("Hello two"));

		await().untilAsserted(() -> assertThat(slack.calls("chat.postMessage")).hasSize(2));
		slack.server()
			.verify(postRequestedFor(urlEqualTo("/api/chat.postMessage")).withHeader("Authorization",
					equalTo("Bearer xoxb-one")).withRequestBody(containing("C1")));
		slack.server()
			.verify(postRequestedFor(urlEqualTo("/api/chat.postMessage")).withHeader("Authorization",
					equalTo("Bearer xoxb-two")).withRequestBody(containing("C2")));
	}

	@Test
	void refusesAReturnWithoutTheStateThisBrowserBeganWithAndStoresNothing() {
		Browser browser = new Browser();
		String state = browser.state(browser.get("/slack/install"));
		answerAccess(workspaceAccess("T9", "Nine", "U9", "xoxb-nine"));

		HttpResponse<String> forged = browser.returnFromSlack("forged-state", "code-9");
		HttpResponse<String> otherBrowser = new Browser().returnFromSlack(state, "code-9");

		assertThat(forged.statusCode()).isEqualTo(400);
		assertThat(forged.body()).contains("This install link has expired").contains("Start again");
		assertThat(otherBrowser.statusCode()).isEqualTo(400);
		assertThat(installations()).isZero();
		assertThat(slack.calls("oauth.v2.access")).isEmpty();
	}

	@Test
	void refusesAStateThatExpiredOrWasUsedAlready() {
		Browser browser = new Browser();
		String state = browser.state(browser.get("/slack/install"));
		jdbc.sql("update slack_oauth_state set expires_at = :past").param("past", Instant.parse("2020-01-01T00:00:00Z")
			.atOffset(java.time.ZoneOffset.UTC)).update();
		answerAccess(workspaceAccess("T9", "Nine", "U9", "xoxb-nine"));

		assertThat(browser.returnFromSlack(state, "code-9").statusCode()).isEqualTo(400);

		Browser again = new Browser();
		String fresh = again.state(again.get("/slack/install"));
		assertThat(again.returnFromSlack(fresh, "code-9").statusCode()).isEqualTo(200);
		assertThat(again.returnFromSlack(fresh, "code-9").statusCode()).as("used once already").isEqualTo(400);
		assertThat(installations()).isOne();
	}

	@Test
	void saysSoWhenSlackRefusesAnExpiredCodeAndStoresNothing() {
		Browser browser = new Browser();
		String state = browser.state(browser.get("/slack/install"));
		answerAccess("{\"ok\":false,\"error\":\"invalid_code\"}");

		HttpResponse<String> back = browser.returnFromSlack(state, "stale-code");

		assertThat(back.statusCode()).isEqualTo(400);
		assertThat(back.body()).contains("Slack did not accept this install").contains("invalid_code");
		assertThat(installations()).isZero();
	}

	@Test
	void saysNothingWasInstalledWhenTheInstallerDeclines() {
		Browser browser = new Browser();
		String state = browser.state(browser.get("/slack/install"));

		HttpResponse<String> back = browser.get("/slack/oauth_redirect?error=access_denied&state=" + state);

		assertThat(back.statusCode()).isEqualTo(200);
		assertThat(back.body()).contains("Nothing was installed");
		assertThat(installations()).isZero();
		assertThat(slack.calls("oauth.v2.access")).isEmpty();
	}

	@Test
	void keepsAnInstallBySomeoneElseUnlessAnAdminTakesItOver() {
		install(workspaceAccess("T9", "Nine", "U1", "xoxb-first"));
		slack.server()
			.stubFor(post(urlEqualTo("/api/users.info")).withRequestBody(containing("U2"))
				.willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"U2\",\"is_admin\":false,\"is_owner\":false}}")));
		slack.server()
			.stubFor(post(urlEqualTo("/api/users.info")).withRequestBody(containing("U3"))
				.willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"U3\",\"is_admin\":true}}")));

		HttpResponse<String> byMember = install(workspaceAccess("T9", "Nine", "U2", "xoxb-second"));

		assertThat(byMember.statusCode()).isEqualTo(409);
		assertThat(byMember.body()).contains("already installed in Nine").contains("U1").contains("Nothing was changed");
		assertThat(installer("T9")).isEqualTo("U1");

		HttpResponse<String> byAdmin = install(workspaceAccess("T9", "Nine", "U3", "xoxb-third"));

		assertThat(byAdmin.statusCode()).isEqualTo(200);
		assertThat(byAdmin.body()).contains("installed again");
		assertThat(installer("T9")).isEqualTo("U3");
	}

	@Test
	void forgetsTheTokenWhenTheWorkspaceUninstallsAndSendsNothingMore() {
		install(workspaceAccess("T9", "Nine", "U9", "xoxb-nine"));

		assertThat(signed.event(SlackPayloads.event("app_uninstalled", "T9", Map.of())).statusCode()).isEqualTo(200);

		assertThat(installations()).isZero();
		queue.post("test:gone", Conversation.channel(Platform.SLACK, "T9", "C9"), ChatMessage.text("Hello"));
		await().untilAsserted(() -> assertThat(jdbc.sql("select status from delivery where idempotency_key = 'test:gone'")
			.query(String.class)
			.single()).isEqualTo("DEAD"));
		assertThat(slack.postsTo("C9")).isEmpty();
	}

	@Test
	void anOrganisationInstallsOnceForAllItsWorkspaces() throws Exception {
		HttpResponse<String> installed = install("{\"ok\":true,\"app_id\":\"A1\",\"authed_user\":{\"id\":\"UADMIN\"},"
				+ "\"scope\":\"chat:write,commands,users:read\",\"token_type\":\"bot\",\"access_token\":\"xoxb-org\","
				+ "\"bot_user_id\":\"UBOT\",\"team\":null,\"enterprise\":{\"id\":\"E1\",\"name\":\"Acme Corp\"},"
				+ "\"is_enterprise_install\":true}");
		assertThat(installed.statusCode()).isEqualTo(200);
		assertThat(installed.body()).contains("Acme Corp");
		slack.server()
			.stubFor(post(urlEqualTo("/api/auth.test")).atPriority(1)
				.withHeader("Authorization", equalTo("Bearer xoxb-org"))
				.willReturn(okJson("{\"ok\":true,\"team_id\":\"E1\",\"enterprise_id\":\"E1\",\"user_id\":\"UBOT\","
						+ "\"bot_id\":\"B1\",\"is_enterprise_install\":true}")));

		Map<String, String> command = new java.util.LinkedHashMap<>(
				SlackPayloads.command("T7", "/standup", "help", "U7", "C7", "team"));
		command.put("enterprise_id", "E1");
		command.put("is_enterprise_install", "true");
		assertThat(signed.send(SignedSlackClient.form(command), "application/x-www-form-urlencoded").statusCode())
			.isEqualTo(200);

		queue.post("test:org", Conversation.channel(Platform.SLACK, "T7", "C7"), ChatMessage.text("Hello org"));
		await().untilAsserted(() -> slack.server()
			.verify(postRequestedFor(urlEqualTo("/api/chat.postMessage"))
				.withHeader("Authorization", equalTo("Bearer xoxb-org"))
				.withRequestBody(containing("C7"))));
		gateways.forPlatform(Platform.SLACK).directory("T7");
		slack.server()
			.verify(postRequestedFor(urlEqualTo("/api/users.list")).withHeader("Authorization",
					equalTo("Bearer xoxb-org")).withRequestBody(containing("team_id=T7")));
	}

	private HttpResponse<String> install(String access) {
		Browser browser = new Browser();
		String state = browser.state(browser.get("/slack/install"));
		answerAccess(access);
		return browser.returnFromSlack(state, "code-" + state.substring(0, 6));
	}

	private static String workspaceAccess(String team, String name, String installer, String token) {
		return "{\"ok\":true,\"app_id\":\"A1\",\"authed_user\":{\"id\":\"" + installer + "\"},"
				+ "\"scope\":\"chat:write,commands,users:read\",\"token_type\":\"bot\",\"access_token\":\"" + token
				+ "\",\"bot_user_id\":\"UBOT\",\"team\":{\"id\":\"" + team + "\",\"name\":\"" + name + "\"},"
				+ "\"enterprise\":null,\"is_enterprise_install\":false}";
	}

	private static void answerAccess(String json) {
		slack.server().stubFor(post(urlEqualTo("/api/oauth.v2.access")).willReturn(okJson(json)));
	}

	private static void authTest(String token, String team, boolean org) {
		slack.server()
			.stubFor(post(urlEqualTo("/api/auth.test")).atPriority(1)
				.withHeader("Authorization", equalTo("Bearer " + token))
				.willReturn(okJson("{\"ok\":true,\"team_id\":\"" + team + "\",\"user_id\":\"UBOT\",\"bot_id\":\"B1\","
						+ "\"is_enterprise_install\":" + org + "}")));
	}

	private long installations() {
		return jdbc.sql("select count(*) from slack_installation").query(Long.class).single();
	}

	private String installer(String key) {
		return jdbc.sql("select installer_user_id from slack_installation where install_key = :key")
			.param("key", key)
			.query(String.class)
			.single();
	}

	/** A browser: keeps Steward's cookies and does not follow redirects. */
	private final class Browser {

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		HttpResponse<String> get(String path) {
			try {
				return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
						HttpResponse.BodyHandlers.ofString());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** The state in the page's "Add to Slack" link. */
		String state(HttpResponse<String> page) {
			Matcher state = STATE.matcher(page.body());
			assertThat(state.find()).as("a state in %s", page.body()).isTrue();
			return state.group(1);
		}

		/** Comes back from Slack's page as Slack's redirect sends the browser. */
		HttpResponse<String> returnFromSlack(String state, String code) {
			return get("/slack/oauth_redirect?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&state="
					+ URLEncoder.encode(state, StandardCharsets.UTF_8));
		}

	}

}
