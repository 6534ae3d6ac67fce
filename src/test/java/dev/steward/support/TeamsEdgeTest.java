package dev.steward.support;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs the whole application on a random port as a single-tenant Teams bot whose Microsoft endpoints (token, OpenID
 * metadata and keys, Bot Connector) are WireMock, and posts signed activities to it over real HTTP. The tick is
 * driven by hand with a frozen clock; the delivery queue runs on its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "steward.teams.app-id=" + TeamsActivities.APP_ID, "steward.teams.app-password=test-app-secret",
				"steward.teams.tenant-id=" + TeamsActivities.TENANT, "steward.scheduling.enabled=false",
				"steward.delivery.poll-interval=50ms", "steward.delivery.teams.per-tenant-per-second=100000",
				"steward.delivery.teams.per-conversation-per-second=100000",
				"steward.delivery.teams.per-conversation-per-two-seconds=100000",
				"steward.delivery.teams.per-conversation-per-thirty-seconds=100000",
				"steward.delivery.teams.per-conversation-per-hour=100000",
				"steward.chat.profile-cache-ttl=0s", "steward.teams.cache-ttl=0s",
				"spring.datasource.url=jdbc:h2:mem:teams-edge;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
public abstract class TeamsEdgeTest extends RunningStewardTest {

	protected static final TeamsStub teams = new TeamsStub().start();

	protected TeamsClient client;

	protected TeamsActivities activities;

	@DynamicPropertySource
	static void microsoftEndpoints(DynamicPropertyRegistry registry) {
		registry.add("steward.teams.authority-url", teams::authorityUrl);
		registry.add("steward.teams.open-id-metadata-url", teams::openIdMetadataUrl);
	}

	@BeforeEach
	void resetEdges() {
		teams.reset();
		TestDatabase.clean(jdbc);
		client = new TeamsClient(port, teams.serviceUrl());
		activities = new TeamsActivities(teams.serviceUrl());
	}

	/**
	 * Retires what the test left queued and lets the sends under way finish while the test's stubs and rows still
	 * exist, so a leftover cannot reach the next test's stubs, or log in its output, after the database is cleaned.
	 */
	@AfterEach
	void retireLeftoverDeliveries() {
		jdbc.sql("update delivery set status = 'DEAD', last_error = 'left over by a test' where status = 'PENDING'")
			.update();
		await().untilAsserted(() -> assertThat(
				jdbc.sql("select count(*) from delivery where status = 'SENDING'").query(Long.class).single())
			.isZero());
	}

	/** Adds Steward to the team and has the PM set up its stand-up with the setup card, as in Teams. */
	protected void setUpStandup(String channel, String pm, List<String> members, String zone, String policy,
			String promptTime, String reportTime) {
		assertThat(client.send(activities.installedInTeam(channel, pm)).statusCode()).isEqualTo(200);
		assertThat(client.send(activities.channelMention(channel, pm, "Pat PM", "standup setup")).statusCode())
			.isEqualTo(200);
		JsonNode card = lastForm(channel);
		// The announcement of the setup is queued before the submission is answered; wait until it is sent, so a
		// test's own message is the last in the channel, not the announcement arriving after it.
		HttpResponse<String> submitted = awaitingDeliveries(() -> client.send(activities.submitInChannel(channel, pm,
				"1700000000002", submitData(card), StandupSetup.of(members, pm)
					.set("prompt_time", promptTime)
					.set("report_time", reportTime)
					.set("zone_policy", policy)
					.set("team_zone", zone)
					.teams())));
		assertThat(submitted.statusCode()).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from standup").query(Long.class).single()).isEqualTo(1);
	}

	/**
	 * The card with a form Steward posted last in the channel; a queued message (a welcome, an announcement) may arrive
	 * after it, so the last post is not always the form.
	 */
	protected JsonNode lastForm(String channel) {
		return last(teams.postsInChannel(channel)
			.stream()
			.map(TeamsStub::card)
			.filter((card) -> !submitData(card).isMissingNode())
			.toList());
	}

	/** The data of the card's (first) submit action, or of the button with the title. */
	protected static JsonNode submitData(JsonNode card) {
		return card.path("actions").path(0).path("data");
	}

	protected static JsonNode buttonData(JsonNode card, String title) {
		for (JsonNode element : card.path("body")) {
			for (JsonNode action : element.path("actions")) {
				if (title.equals(action.path("title").asString())) {
					return action.path("data");
				}
			}
		}
		throw new AssertionError("No button " + title + " in " + card);
	}

	/** Asserts that the application logged no ERROR line while the test ran. */
	protected static void assertNoErrorLogged(CapturedOutput output) {
		assertThat(output.getAll().lines()).noneMatch((line) -> line.contains(" ERROR "));
	}

	/** The card's action with the title, such as the prompt's Submit. */
	protected static JsonNode cardAction(JsonNode card, String title) {
		for (JsonNode element : card.path("body")) {
			for (JsonNode action : element.path("actions")) {
				if (title.equals(action.path("title").asString())) {
					return action;
				}
			}
		}
		throw new AssertionError("No action " + title + " in " + card);
	}

	protected static JsonNode last(List<JsonNode> list) {
		assertThat(list).isNotEmpty();
		return list.get(list.size() - 1);
	}

}
