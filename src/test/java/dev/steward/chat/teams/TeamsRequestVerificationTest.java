package dev.steward.chat.teams;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import dev.steward.support.TeamsActivities;
import dev.steward.support.TeamsEdgeTest;
import dev.steward.support.TeamsStub;
import dev.steward.support.TeamsTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/messages} with an app id set: only activities signed by the Bot Connector get in. */
class TeamsRequestVerificationTest extends TeamsEdgeTest {

	private static final String BOB = "29:1bob-aad-object";

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
	void refusesAGarbageToken() {
		HttpResponse<String> response = client.send(activities.personal(BOB, "Bob", "standup help", "Asia/Kolkata"),
				"Bearer not-a-jwt");

		assertThat(response.statusCode()).isEqualTo(401);
		assertNothingStoredOrSent();
	}

	@Test
	void answersBadRequestToMalformedJson() {
		assertThat(client.send("{\"type\":\"message\",").statusCode()).isEqualTo(400);
		assertThat(client.send("[1,2,3]").statusCode()).isEqualTo(400);
		assertThat(client.send("{\"text\":\"no type\"}").statusCode()).isEqualTo(400);
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

	private void assertNothingStoredOrSent() {
		assertThat(jdbc.sql("select count(*) from teams_conversation").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from teams_user").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from processed_event").query(Long.class).single()).isZero();
		assertThat(teams.connectorRequests()).isEmpty();
	}

}
