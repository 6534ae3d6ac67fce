package dev.steward.chat.teams;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.steward.support.TeamsActivities;
import dev.steward.support.TeamsEdgeTest;
import dev.steward.support.TeamsStub;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every Teams activity type gets the answer the Bot Framework defines, never the SDK's 501 or a 500, and ordinary
 * traffic logs no error: invokes get their invoke responses, a personal install is greeted once, and every other
 * type is acknowledged and ignored.
 */
@ExtendWith(OutputCaptureExtension.class)
class TeamsActivityTypesTest extends TeamsEdgeTest {

	private static final String ROSA = "29:1rosa-reinstalls";

	private static final String BOB = "29:1bob-ignored";

	private static final String CHANNEL = "19:gamma3invokes@thread.tacv2";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> LOGGERS = List.of(TeamsBot.class.getName(), Invokes.class.getName(),
			Greeting.class.getName());

	private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

	@BeforeEach
	void debugTheBot() {
		LOGGERS.forEach((logger) -> logging.setLogLevel(logger, LogLevel.DEBUG));
	}

	@AfterEach
	void quietTheBot() {
		LOGGERS.forEach((logger) -> logging.setLogLevel(logger, null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "somethingNew/never", "actionableMessage/executeAction", "fileConsent/invoke",
			"config/fetch", "healthCheck" })
	void answersAnUnknownInvokeWith200AndNever501(String name, CapturedOutput output) {
		HttpResponse<String> response = client.send(activities.invokeInPersonalChat(BOB, name, "{\"data\":{}}"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		assertThat(output.getAll()).contains("Ignored a Teams " + name + " invoke");
		assertNoErrorLogged(output);
	}

	@ParameterizedTest
	@ValueSource(strings = { "invoke", "Invoke", "invoke/somethingNew" })
	void answersAnInvokeWithoutANameWith200(String type, CapturedOutput output) {
		HttpResponse<String> response = client.send(activities.personalActivity(type, BOB, Map.of()));

		assertThat(response.statusCode()).isEqualTo(200);
		assertNoErrorLogged(output);
	}

	@ParameterizedTest
	@MethodSource("signInAndMessageExtensionInvokes")
	void answersSignInAndMessageExtensionInvokesWith200(String name, String value, CapturedOutput output) {
		HttpResponse<String> response = client.send(activities.invokeInPersonalChat(BOB, name, value));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		assertThat(teams.connectorRequests()).isEmpty();
		assertNoErrorLogged(output);
	}

	static Stream<Arguments> signInAndMessageExtensionInvokes() {
		return Stream.of(Arguments.of("signin/verifyState", "{\"state\":\"123456\"}"),
				Arguments.of("signin/tokenExchange",
						"{\"id\":\"exchange-1\",\"connectionName\":\"graph\",\"token\":\"eyJ0eXAi.eyJhdWQi.c2ln\"}"),
				Arguments.of("signin/failure", "{\"code\":\"resourcematchfailed\",\"message\":\"no match\"}"),
				Arguments.of("composeExtension/query",
						"{\"commandId\":\"search\",\"parameters\":[{\"name\":\"query\",\"value\":\"IMP-1\"}]}"),
				Arguments.of("composeExtension/submitAction", "{\"commandId\":\"log\",\"data\":{\"title\":\"CI\"}}"),
				Arguments.of("composeExtension/queryLink", "{\"url\":\"https://example.com/IMP-1\"}"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "task/fetch", "task/submit" })
	void answersTaskModuleInvokesWithAMessageSayingTheyAreNotSupported(String name, CapturedOutput output) {
		HttpResponse<String> response = client.send(activities.invokeInPersonalChat(BOB, name,
				"{\"data\":{\"msteams\":{\"type\":\"task/fetch\"}},\"context\":{\"theme\":\"default\"}}"));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode task = JSON.readTree(response.body()).path("task");
		assertThat(task.path("type").asString()).isEqualTo("message");
		assertThat(task.path("value").asString())
			.isEqualTo("Steward does not open task modules; use its cards and commands instead.");
		assertNoErrorLogged(output);
	}

	@Test
	void handlesAnActionExecuteOnAStewardButtonLikeASubmitOnceAndAnswersWithAnInvokeResponse(CapturedOutput output) {
		String press = activities.invokeInPersonalChat(BOB, Invokes.CARD_ACTION, "{\"trigger\":\"manual\",\"action\":"
				+ "{\"type\":\"Action.Execute\",\"verb\":\"action\",\"title\":\"Skip\",\"data\":{\"steward\":\"action\","
				+ "\"actionId\":\"retired.button\",\"value\":\"7\",\"nonce\":\"nonce-execute-1\"}}}");

		HttpResponse<String> response = client.send(press);
		HttpResponse<String> doubleClick = client.send(press);

		for (HttpResponse<String> answer : List.of(response, doubleClick)) {
			assertThat(answer.statusCode()).isEqualTo(200);
			JsonNode body = JSON.readTree(answer.body());
			assertThat(body.path("statusCode").asInt()).isEqualTo(200);
			assertThat(body.path("type").asString()).isEqualTo("application/vnd.microsoft.activity.message");
			assertThat(body.path("value").asString()).isEqualTo("Done.");
		}
		assertThat(jdbc.sql("select event_key from processed_event").query(String.class).list())
			.containsExactly("teams:card:nonce-execute-1:" + BOB + ":retired.button");
		assertThat(teams.postsTo("a:personal-" + BOB)).singleElement()
			.satisfies((reply) -> assertThat(TeamsStub.card(reply).path("body").isEmpty()).isFalse());
		assertNoErrorLogged(output);
	}

	@ParameterizedTest
	@MethodSource("malformedCardActions")
	void refusesAMalformedCardActionWith400AndStoresNothing(String value, String code, CapturedOutput output) {
		HttpResponse<String> response = client.send(activities.invokeInPersonalChat(BOB, Invokes.CARD_ACTION, value));

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.path("statusCode").asInt()).isEqualTo(400);
		assertThat(body.path("type").asString()).isEqualTo("application/vnd.microsoft.error");
		assertThat(body.path("value").path("code").asString()).isEqualTo(code);
		assertThat(body.path("value").path("message").asString()).isNotBlank();
		assertNothingStoredOrSent();
		assertNoErrorLogged(output);
	}

	static Stream<Arguments> malformedCardActions() {
		return Stream.of(Arguments.of("null", "BadRequest"), Arguments.of("\"press\"", "BadRequest"),
				Arguments.of("[1,2]", "BadRequest"), Arguments.of("{}", "NotSupported"),
				Arguments.of("{\"action\":{\"type\":\"Action.Submit\",\"data\":{\"steward\":\"action\"}}}",
						"NotSupported"),
				Arguments.of("{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"frobnicate\",\"data\":{\"x\":1}}}",
						"NotSupported"),
				Arguments.of("{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"frobnicate\"}}", "NotSupported"),
				Arguments.of("{\"action\":{\"type\":\"Action.Execute\",\"data\":{\"steward\":\"action\","
						+ "\"actionId\":\"standup.skip\",\"value\":\"1\",\"nonce\":\"n-no-verb\"}}}", "NotSupported"),
				Arguments.of("{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"submit\",\"data\":{\"steward\":"
						+ "\"action\",\"actionId\":\"standup.skip\",\"value\":\"1\",\"nonce\":\"n-mismatch\"}}}",
						"NotSupported"));
	}

	@Test
	void greetsAPersonWhoInstallsStewardOnceHoweverOftenTheInstallComes(CapturedOutput output) {
		String install = activities.installedPersonally(ROSA, "Europe/Lisbon");

		assertThat(client.send(install).statusCode()).isEqualTo(200);
		assertThat(client.send(install).statusCode()).isEqualTo(200);
		assertThat(client.send(activities.installationUpdate(ROSA, "Europe/Lisbon", "remove")).statusCode())
			.isEqualTo(200);
		assertThat(client.send(activities.installedPersonally(ROSA, "Europe/Lisbon")).statusCode()).isEqualTo(200);

		String key = "greet:teams:" + TeamsActivities.TENANT + ":" + ROSA;
		assertThat(jdbc.sql("select count(*) from delivery").query(Long.class).single()).isEqualTo(1);
		await().untilAsserted(() -> assertThat(jdbc.sql("select status from delivery where idempotency_key = :key")
			.param("key", key)
			.query(String.class)
			.single()).isEqualTo("SENT"));
		assertThat(teams.postsTo("a:personal-" + ROSA)).singleElement()
			.satisfies((posted) -> assertThat(TeamsStub.card(posted).toString()).contains("Hello, I am Steward.")
				.contains("standup help"));
		assertNoErrorLogged(output);
	}

	@Test
	void greetsNobodyWhenStewardIsInstalledInATeamOrRemoved(CapturedOutput output) {
		String teamInstall = TeamsActivities.edit(activities.installedPersonally(ROSA, "Europe/Lisbon"),
				(activity) -> activity.putObject("conversation")
					.put("isGroup", true)
					.put("conversationType", "channel")
					.put("tenantId", TeamsActivities.TENANT)
					.put("id", CHANNEL));

		assertThat(client.send(teamInstall).statusCode()).isEqualTo(200);
		assertThat(client.send(activities.installationUpdate(ROSA, "Europe/Lisbon", "remove")).statusCode())
			.isEqualTo(200);

		assertThat(jdbc.sql("select count(*) from delivery").query(Long.class).single()).isZero();
		assertThat(output.getAll()).contains("Ignored a Teams installationUpdate activity");
		assertNoErrorLogged(output);
	}

	@ParameterizedTest
	@MethodSource("ignoredActivities")
	void acknowledgesAndIgnoresActivityTypesStewardDoesNotUse(String type, Map<String, Object> fields,
			CapturedOutput output) {
		HttpResponse<String> response = client.send(activities.personalActivity(type, BOB, fields));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		assertThat(teams.connectorRequests()).isEmpty();
		assertThat(jdbc.sql("select count(*) from delivery").query(Long.class).single()).isZero();
		assertThat(output.getAll()).contains("DEBUG").contains("Ignored a Teams " + type + " activity");
		assertNoErrorLogged(output);
	}

	static Stream<Arguments> ignoredActivities() {
		return Stream.of(Arguments.of("conversationUpdate", Map.of("membersAdded", List.of(Map.of("id", BOB)))),
				Arguments.of("conversationUpdate", Map.of("membersRemoved", List.of(Map.of("id", BOB)))),
				Arguments.of("messageReaction",
						Map.of("reactionsAdded", List.of(Map.of("type", "like")), "replyToId", "1700000000001")),
				Arguments.of("typing", Map.of()),
				Arguments.of("endOfConversation", Map.of("code", "completedSuccessfully")),
				Arguments.of("event", Map.of("name", "application/vnd.microsoft.meetingStart", "value",
						Map.of("Id", "meeting-1", "MeetingType", "Scheduled"))),
				Arguments.of("messageUpdate", Map.of("text", "edited", "channelData",
						Map.of("eventType", "editMessage", "tenant", Map.of("id", TeamsActivities.TENANT)))),
				Arguments.of("messageDelete", Map.of("channelData",
						Map.of("eventType", "softDeleteMessage", "tenant", Map.of("id", TeamsActivities.TENANT)))),
				Arguments.of("somethingNew", Map.of()));
	}

	private void assertNothingStoredOrSent() {
		assertThat(jdbc.sql("select count(*) from teams_conversation").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from teams_user").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from processed_event").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from delivery").query(Long.class).single()).isZero();
		assertThat(teams.connectorRequests()).isEmpty();
	}

}
