package dev.steward.support.fault;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.microsoft.bot.connector.Conversations;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.Authenticator;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.PagedMembersResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The Bot Connector stand-in over real HTTP: its token endpoint, Teams' limits, faults and what arrived. */
class BotConnectorStandInTest {

	private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

	private static final String TENANT = "contoso";

	private static final String CHAT = "a:29:person-1";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ManualClock clock = new ManualClock(T0);

	private final BotConnectorStandIn teams = new BotConnectorStandIn(clock).start();

	private HttpClient http = newClient();

	private String token;

	@BeforeEach
	void signIn() throws Exception {
		token = json(requestToken("grant_type=client_credentials&client_id=app&client_secret=s")).path("access_token")
			.asString();
	}

	@AfterEach
	void close() {
		teams.close();
	}

	@Test
	void issuesATokenFromTheTenantsEndpointAndRefusesAMalformedRequest() throws Exception {
		HttpResponse<String> refused = requestToken("client_id=app");

		assertThat(token).isNotBlank();
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(teams.calls(BotConnectorStandIn.TOKEN)).isEqualTo(2);
	}

	@Test
	void refusesAConnectorCallWithoutAToken() throws Exception {
		HttpRequest anonymous = HttpRequest
			.newBuilder(URI.create(teams.serviceUrl() + "v3/conversations/a%3A1/activities"))
			.POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"message\",\"text\":\"hi\"}"))
			.build();

		assertThat(http.send(anonymous, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
		assertThat(teams.activities()).isEmpty();
	}

	@Test
	void holdsAConversationToSevenSendsASecondAndEightInTwoWithoutHoldingAnother() throws Exception {
		sendTimes(7, CHAT);

		HttpResponse<String> eighth = send(CHAT, "one too many");

		assertThat(eighth.statusCode()).isEqualTo(429);
		assertThat(eighth.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(json(eighth).path("error").path("code").asString()).isEqualTo("TooManyRequests");
		assertThat(send("a:29:person-2", "another chat").statusCode()).isEqualTo(200);
		clock.advance(Duration.ofSeconds(1));
		assertThat(send(CHAT, "eighth in two seconds").statusCode()).isEqualTo(200);
		HttpResponse<String> ninth = send(CHAT, "ninth in two seconds");
		assertThat(ninth.statusCode()).isEqualTo(429);
		assertThat(ninth.headers().firstValue("Retry-After")).hasValue("1");
	}

	@Test
	void holdsAConversationToSixtySendsInThirtySeconds() throws Exception {
		for (int i = 0; i < 60; i++) {
			assertThat(send(CHAT, "message " + i).statusCode()).isEqualTo(200);
			clock.advance(Duration.ofMillis(400));
		}

		HttpResponse<String> sixtyFirst = send(CHAT, "sixty-first");

		assertThat(sixtyFirst.statusCode()).isEqualTo(429);
		assertThat(sixtyFirst.headers().firstValue("Retry-After")).hasValue("6");
		assertThat(teams.maxRatePerMinute(BotConnectorStandIn.SEND)).isEqualTo(60);
	}

	@Test
	void holdsATenantToFiftyRequestsASecondAcrossConversations() throws Exception {
		for (int i = 0; i < 50; i++) {
			assertThat(send("a:29:person-" + i, "hello").statusCode()).isEqualTo(200);
		}

		HttpResponse<String> roster = get("v3/conversations/" + encode(CHAT) + "/members");

		assertThat(roster.statusCode()).isEqualTo(429);
		assertThat(roster.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(teams.count429(BotConnectorStandIn.MEMBERS)).isEqualTo(1);
	}

	@Test
	void answersAnOutageForItsDurationOnTheStandInClockThenRecovers() throws Exception {
		teams.outage(BotConnectorStandIn.SEND, 502, Duration.ofMinutes(1));

		HttpResponse<String> failed = send(CHAT, "hello");

		assertThat(failed.statusCode()).isEqualTo(502);
		assertThat(json(failed).path("error").path("code").asString()).isEqualTo("ServiceError");
		assertThat(get("v3/conversations/" + encode(CHAT) + "/members").statusCode()).isEqualTo(200);
		clock.advance(Duration.ofMinutes(1));
		assertThat(send(CHAT, "hello").statusCode()).isEqualTo(200);
		assertThat(teams.activitiesIn(CHAT)).hasSize(1);
	}

	@Test
	void stormsEveryCallWith429AndCountsCallsInsideTheAnnouncedWindow() throws Exception {
		teams.storm(HttpStandIn.ALL, Duration.ofSeconds(30), Duration.ofSeconds(5));

		HttpResponse<String> first = send(CHAT, "hello");
		clock.advance(Duration.ofSeconds(2));
		HttpResponse<String> impatient = send(CHAT, "hello");
		clock.advance(Duration.ofSeconds(28));
		HttpResponse<String> after = send(CHAT, "hello");

		assertThat(first.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(impatient.statusCode()).isEqualTo(429);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(teams.count429()).isEqualTo(2);
		assertThat(teams.callsInsideRetryWindow()).isEqualTo(1);
	}

	@Test
	void storesASendButWithholdsItsAnswerLongerThanTheClientWaits() throws Exception {
		teams.postsThenTimesOut(Duration.ofMinutes(1));

		CompletableFuture<HttpResponse<String>> answer = http.sendAsync(activity(CHAT, "Your stand-up").build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(teams.awaitAccepted(BotConnectorStandIn.SEND, 1, Duration.ofSeconds(10))).isTrue();
		assertThatThrownBy(() -> answer.get(100, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
		answer.cancel(true);
		assertThat(teams.activitiesIn(CHAT)).extracting(TeamsActivity::text).containsExactly("Your stand-up");
	}

	@Test
	void keepsAClientWithAShorterTimeOutWaitingWhenSlow() {
		teams.slow(BotConnectorStandIn.MEMBERS, Duration.ofMinutes(1));

		assertThatThrownBy(() -> http.send(authorized("v3/conversations/" + encode(CHAT) + "/members")
			.timeout(Duration.ofMillis(100))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString())).isInstanceOf(HttpTimeoutException.class);
	}

	@Test
	void refusesConnectionsWhileDeadAndHangsUpWhenAsked() throws Exception {
		teams.dead();
		http = newClient();
		assertThatThrownBy(() -> send(CHAT, "hello")).isInstanceOf(ConnectException.class);
		teams.alive();
		teams.hangsUp(BotConnectorStandIn.SEND);

		assertThatThrownBy(() -> send(CHAT, "hello")).isInstanceOf(IOException.class);
		assertThat(teams.calls(BotConnectorStandIn.SEND)).isEqualTo(1);
		assertThat(teams.activities()).isEmpty();
	}

	@Test
	void pagesTheRosterAndListsItWhole() throws Exception {
		teams.people(7);

		JsonNode first = json(get("v3/conversations/" + encode(CHAT) + "/pagedmembers?pageSize=3"));
		JsonNode second = json(get("v3/conversations/" + encode(CHAT) + "/pagedmembers?pageSize=3&continuationToken="
				+ encode(first.path("continuationToken").asString())));
		JsonNode whole = json(get("v3/conversations/" + encode(CHAT) + "/members"));

		assertThat(first.path("members")).hasSize(3);
		assertThat(second.path("members").path(0).path("id").asString()).isEqualTo("29:person-4");
		assertThat(whole).hasSize(7);
		assertThat(whole.path(6).path("tenantId").asString()).isEqualTo(TENANT);
	}

	@Test
	void detectsTheSameTextOrCardSentTwiceToOneConversation() throws Exception {
		send(CHAT, "Your stand-up");
		send(CHAT, "Your stand-up");
		send("a:29:person-2", "Your stand-up");
		String card = "{\"type\":\"message\",\"attachments\":[{"
				+ "\"contentType\":\"application/vnd.microsoft.card.adaptive\","
				+ "\"content\":{\"type\":\"AdaptiveCard\",\"body\":[{\"type\":\"TextBlock\",\"text\":\"Summary\"}]}}]}";
		sendActivity(CHAT, card);
		sendActivity(CHAT, card);

		assertThat(teams.duplicates()).extracting(Duplicate::conversation, Duplicate::times)
			.containsExactly(tuple(CHAT, 2), tuple(CHAT, 2));
		assertThat(teams.duplicates().get(0).value()).isEqualTo("Your stand-up");
		assertThat(teams.duplicates().get(1).value()).contains("Summary");
	}

	@Test
	void createsSendsUpdatesAndReadsTheRosterThroughTheBotFrameworkClient() {
		teams.people(2);
		Conversations connector = new RestConnectorClient(RestConnectorClient
			.getDefaultRestClientBuilder(teams.serviceUrl(), new StandInCredentials(token))
			.build()).getConversations();
		ConversationParameters parameters = new ConversationParameters();
		parameters.setMembers(List.of(new ChannelAccount("29:person-1")));
		parameters.setTenantId(TENANT);
		String thread = "19:team@thread.tacv2;messageid=1700000000000";

		String chat = connector.createConversation(parameters).join().getId();
		String sent = connector.sendToConversation(chat, Activity.createMessageActivity()).join().getId();
		Activity edited = Activity.createMessageActivity();
		edited.setText("Answered");
		connector.updateActivity(chat, sent, edited).join();
		connector.sendToConversation(thread, message("In the thread")).join();
		PagedMembersResult roster = connector.getConversationPagedMembers(chat).join();

		assertThat(chat).isEqualTo(BotConnectorStandIn.personalConversationId("29:person-1"));
		assertThat(teams.createdConversations()).containsExactly("29:person-1");
		assertThat(teams.activitiesIn(chat)).singleElement().satisfies((activity) -> {
			assertThat(activity.text()).isEqualTo("Answered");
			assertThat(activity.edits()).isEqualTo(1);
		});
		assertThat(teams.activitiesIn("19:team@thread.tacv2")).extracting(TeamsActivity::conversationId)
			.containsExactly(thread);
		assertThat(roster.getMembers()).extracting(ChannelAccount::getName).containsExactly("Person 1", "Person 2");
	}

	private void sendTimes(int times, String conversation) throws Exception {
		for (int i = 0; i < times; i++) {
			assertThat(send(conversation, "message " + i).statusCode()).isEqualTo(200);
		}
	}

	private HttpResponse<String> requestToken(String form) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(teams.tokenUrl(TENANT)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> send(String conversation, String text) throws Exception {
		return http.send(activity(conversation, text).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder activity(String conversation, String text) {
		String activity = JSON.writeValueAsString(JSON.createObjectNode().put("type", "message").put("text", text));
		return authorized("v3/conversations/" + encode(conversation) + "/activities")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(activity));
	}

	private void sendActivity(String conversation, String activity) throws Exception {
		http.send(authorized("v3/conversations/" + encode(conversation) + "/activities")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(activity))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(authorized(path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder authorized(String path) {
		return HttpRequest.newBuilder(URI.create(teams.serviceUrl() + path)).header("Authorization", "Bearer " + token);
	}

	/** A client of its own, so no connection a dead stand-in closed is still in its pool. */
	private static HttpClient newClient() {
		return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
	}

	private static Activity message(String text) {
		Activity activity = Activity.createMessageActivity();
		activity.setText(text);
		return activity;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/** App credentials that hand the connector client the stand-in's token, as Steward's tenant credentials do. */
	private static final class StandInCredentials extends AppCredentials {

		private final String token;

		StandInCredentials(String token) {
			super(TENANT, "https://api.botframework.com/.default");
			setAppId("00000000-0000-0000-0000-000000000001");
			this.token = token;
		}

		@Override
		public CompletableFuture<String> getToken() {
			return CompletableFuture.completedFuture(token);
		}

		@Override
		protected Authenticator buildAuthenticator() {
			throw new UnsupportedOperationException("The token comes from the stand-in");
		}

	}

}
