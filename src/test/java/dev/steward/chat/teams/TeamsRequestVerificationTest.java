package dev.steward.chat.teams;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.steward.support.TeamsActivities;
import dev.steward.support.TeamsClient;
import dev.steward.support.TeamsEdgeTest;
import dev.steward.support.TeamsStub;
import dev.steward.support.TeamsTokens;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/messages} with an app id set: only whole activities of the configured tenant, signed by the Bot
 * Connector, get in; the token is checked before the body is read, and the body is read only up to its limit.
 */
@ExtendWith(OutputCaptureExtension.class)
class TeamsRequestVerificationTest extends TeamsEdgeTest {

	private static final String BOB = "29:1bob-aad-object";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final long SIXTY_MEGABYTES = 60L * 1024 * 1024;

	private static final int ONE_MEGABYTE = 1024 * 1024;

	@Test
	void acceptsAnActivitySignedByTheBotConnectorAndStoresItsConversation() {
		HttpResponse<String> response = client.send(activities.installedPersonally(BOB, "Asia/Kolkata"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(jdbc.sql("select conversation_id from teams_conversation where kind = 'DIRECT' and conversation_key = :user")
			.param("user", BOB)
			.query(String.class)
			.list()).containsExactly("a:personal-" + BOB);
	}

	@Test
	void refusesAnActivityWithoutATokenAndStoresNothing() {
		HttpResponse<String> response = client.send(activities.personal(BOB, "Bob", "standup help", "Asia/Kolkata"), null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(error(response.body())).isEqualTo("unauthorized");
		assertNothingStoredOrSent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "Basic Ym9iOnNlY3JldA==", "Bearer", "Bearer ", "Bearer not-a-jwt",
			"Bearer a.b", "Token a.b.c" })
	void refusesAMissingBlankOrMalformedAuthorizationHeaderBeforeReadingTheBody(String header, CapturedOutput output) {
		TeamsClient.Answer answer = client.postUnfinished(header.isEmpty() ? null : header, SIXTY_MEGABYTES, 65_536);

		assertThat(answer.status()).isEqualTo(401);
		assertThat(error(answer.body())).isEqualTo("unauthorized");
		assertNothingStoredOrSent();
		assertNoErrorLogged(output);
	}

	@Test
	void refusesATokenSignedWithAnotherKeyBeforeReadingTheBody() {
		String forged = TeamsTokens.forged(TeamsActivities.APP_ID, teams.serviceUrl());

		TeamsClient.Answer answer = client.postUnfinished("Bearer " + forged, SIXTY_MEGABYTES, 65_536);

		assertThat(answer.status()).isEqualTo(401);
		assertNothingStoredOrSent();
	}

	@Test
	void refusesATokenSignedWithAnotherKey() {
		String forged = TeamsTokens.forged(TeamsActivities.APP_ID, teams.serviceUrl());

		HttpResponse<String> response = client.send(activities.personal(BOB, "Bob", "standup help", "Asia/Kolkata"),
				"Bearer " + forged);

		assertThat(response.statusCode()).isEqualTo(401);
		assertNothingStoredOrSent();
	}

	@Test
	void refusesATokenIssuedForAnotherBot() {
		String other = TeamsTokens.withIssuerAndAudience("https://api.botframework.com",
				"0b5e2f1c-3d4a-4b6c-8d7e-9f0a1b2c3d4e", teams.serviceUrl());

		HttpResponse<String> response = client.send(activities.personal(BOB, "Bob", "standup help", "Asia/Kolkata"),
				"Bearer " + other);

		assertThat(response.statusCode()).isEqualTo(401);
		assertNothingStoredOrSent();
	}

	@Test
	void refusesATokenForAnotherServiceUrl() {
		String elsewhere = TeamsTokens.connector(TeamsActivities.APP_ID, "https://smba.example.net/emea/");

		HttpResponse<String> response = client.send(activities.personal(BOB, "Bob", "standup help", "Asia/Kolkata"),
				"Bearer " + elsewhere);

		assertThat(response.statusCode()).isEqualTo(401);
		assertNothingStoredOrSent();
	}

	@Test
	void refusesAnActivityOfAnotherChannelThanTeams() {
		String webChat = TeamsActivities.edit(activities.personal(BOB, "Bob", "standup help", "Asia/Kolkata"),
				(activity) -> activity.put("channelId", "webchat"));

		HttpResponse<String> response = client.send(webChat);

		assertThat(response.statusCode()).isEqualTo(401);
		assertNothingStoredOrSent();
	}

	@Test
	void refusesAGarbageToken() {
		HttpResponse<String> response = client.send(activities.personal(BOB, "Bob", "standup help", "Asia/Kolkata"),
				"Bearer not-a-jwt");

		assertThat(response.statusCode()).isEqualTo(401);
		assertNothingStoredOrSent();
	}

	@Test
	void refusesABodyDeclaredLargerThanOneMegabyteWith413WithoutReadingIt(CapturedOutput output) {
		TeamsClient.Answer answer = client.postUnfinished(client.authorization(), SIXTY_MEGABYTES, 65_536);

		assertThat(answer.status()).isEqualTo(413);
		assertThat(error(answer.body())).isEqualTo("the activity is larger than 1048576 bytes");
		assertNothingStoredOrSent();
		assertNoErrorLogged(output);
	}

	@Test
	void stopsReadingAStreamedBodyAtOneMegabyteAndAnswers413WithoutTheRest(CapturedOutput output) {
		TeamsClient.Answer answer = client.postUnfinishedChunked(client.authorization(), ONE_MEGABYTE + 4096);

		assertThat(answer.status()).isEqualTo(413);
		assertNothingStoredOrSent();
		assertNoErrorLogged(output);
	}

	@Test
	void refusesAWholeStreamedBodyOverOneMegabyte() {
		byte[] body = new byte[ONE_MEGABYTE + 1];
		Arrays.fill(body, (byte) ' ');
		byte[] activity = activities.personal(BOB, "Bob", "standup help", "Asia/Kolkata")
			.getBytes(StandardCharsets.UTF_8);
		System.arraycopy(activity, 0, body, 0, activity.length);

		HttpResponse<String> response = client.sendChunked(body, client.authorization());

		assertThat(response.statusCode()).isEqualTo(413);
		assertNothingStoredOrSent();
	}

	@Test
	void acceptsAnActivityJustUnderTheLimit() {
		String padded = TeamsActivities.edit(activities.personalActivity("typing", BOB, Map.of()),
				(activity) -> activity.putObject("channelData").put("padding", "x".repeat(ONE_MEGABYTE - 2_000)));

		HttpResponse<String> response = client.send(padded);

		assertThat(response.statusCode()).isEqualTo(200);
	}

	@Test
	void answersBadRequestToMalformedJson() {
		assertThat(client.send("{\"type\":\"message\",").statusCode()).isEqualTo(400);
		assertThat(client.send("[1,2,3]").statusCode()).isEqualTo(400);
		assertThat(client.send("{\"text\":\"no type\"}").statusCode()).isEqualTo(400);
		assertThat(client.send("").statusCode()).isEqualTo(400);
		assertNothingStoredOrSent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "from", "conversation", "recipient", "serviceUrl" })
	void answersBadRequestWithAReasonToAnActivityWithoutAFieldEveryActivityCarries(String field,
			CapturedOutput output) {
		String incomplete = TeamsActivities.edit(activities.personal(BOB, "Bob", "standup help", "Asia/Kolkata"),
				(activity) -> activity.remove(field));

		HttpResponse<String> response = client.send(incomplete);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(error(response.body())).startsWith("the activity has no " + field);
		assertNothingStoredOrSent();
		assertNoErrorLogged(output);
	}

	@ParameterizedTest
	@ValueSource(strings = { "message", "invoke", "conversationUpdate", "installationUpdate" })
	void answersBadRequestToAnyActivityWithoutASender(String type, CapturedOutput output) {
		String anonymous = TeamsActivities.edit(activities.personalActivity(type, BOB, Map.of()),
				(activity) -> activity.putObject("from").put("name", "nobody"));

		HttpResponse<String> response = client.send(anonymous);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(error(response.body())).isEqualTo("the activity has no from.id");
		assertNothingStoredOrSent();
		assertNoErrorLogged(output);
	}

	@Test
	void refusesAnActivityFromAnotherTenantWith403(CapturedOutput output) {
		String otherTenant = TeamsActivities.edit(activities.personal(BOB, "Bob", "standup help", "Asia/Kolkata"),
				(activity) -> {
					activity.withObjectProperty("conversation").put("tenantId", "0f0e0d0c-0b0a-4908-8706-050403020100");
					activity.withObjectProperty("channelData")
						.withObjectProperty("tenant")
						.put("id", "0f0e0d0c-0b0a-4908-8706-050403020100");
				});

		HttpResponse<String> response = client.send(otherTenant);

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(error(response.body())).isEqualTo("Steward serves another tenant");
		assertNothingStoredOrSent();
		assertNoErrorLogged(output);
	}

	@Test
	void refusesAnActivityThatNamesNoTenant() {
		String noTenant = TeamsActivities.edit(activities.personal(BOB, "Bob", "standup help", "Asia/Kolkata"),
				(activity) -> {
					activity.withObjectProperty("conversation").remove("tenantId");
					activity.remove("channelData");
				});

		assertThat(client.send(noTenant).statusCode()).isEqualTo(403);
		assertNothingStoredOrSent();
	}

	@Test
	void ignoresActivityTypesItDoesNotUse() {
		String unknown = activities.personal(BOB, "Bob", "hello", "Asia/Kolkata")
			.replace("\"type\": \"message\"", "\"type\": \"somethingNew\"");

		HttpResponse<String> response = client.send(unknown);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(teams.connectorRequests()).isEmpty();
	}

	@Test
	void repliesThroughTheBotConnectorWithTheTenantsToken() {
		client.send(activities.personal(BOB, "Bob", "/standup help", "Asia/Kolkata"));

		assertThat(teams.connectorRequests()).isNotEmpty()
			.allSatisfy((request) -> assertThat(request.getHeader("Authorization"))
				.isEqualTo("Bearer " + TeamsStub.ACCESS_TOKEN));
	}

	private static String error(String body) {
		JsonNode json = JSON.readTree(body);
		assertThat(json.isObject()).as(body).isTrue();
		return json.path("error").asString();
	}

	private void assertNothingStoredOrSent() {
		assertThat(jdbc.sql("select count(*) from teams_conversation").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from teams_user").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from processed_event").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from delivery").query(Long.class).single()).isZero();
		assertThat(teams.connectorRequests()).isEmpty();
	}

}
