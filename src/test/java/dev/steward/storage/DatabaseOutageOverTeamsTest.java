package dev.steward.storage;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.steward.command.Interactions;
import dev.steward.support.SlackStub;
import dev.steward.support.StewardInstance;
import dev.steward.support.TcpProxy;
import dev.steward.support.TeamsActivities;
import dev.steward.support.TeamsClient;
import dev.steward.support.TeamsStub;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Teams over real HTTP while the database connection is cut: every activity gets a deliberate answer at once, a
 * message and a card action the apology, never a 500 after the connection time-outs. On H2 and, in CI, PostgreSQL.
 */
@Tag("storage")
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageOverTeamsTest {

	/** The Bot Connector's deadline for an answer. */
	private static final Duration TEAMS_DEADLINE = Duration.ofSeconds(15);

	private static final String ROSA = "29:1rosa-outage";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SlackStub slack = new SlackStub().start();

	private final TeamsStub teams = new TeamsStub().start();

	private final TcpProxy database = TcpProxy.forTestDatabase();

	private final TeamsActivities activities = new TeamsActivities(teams.serviceUrl());

	private StewardInstance steward;

	private TeamsClient client;

	@BeforeEach
	void startSteward() {
		steward = StewardInstance.start(database.freshDatabase("teams_outage"), slack,
				"--spring.datasource.username=" + database.user(),
				"--spring.datasource.password=" + database.password(),
				"--steward.teams.app-id=" + TeamsActivities.APP_ID, "--steward.teams.app-password=test-app-secret",
				"--steward.teams.tenant-id=" + TeamsActivities.TENANT,
				"--steward.teams.authority-url=" + teams.authorityUrl(),
				"--steward.teams.open-id-metadata-url=" + teams.openIdMetadataUrl(), "--steward.teams.cache-ttl=0s",
				"--steward.delivery.teams-spacing=0s");
		client = new TeamsClient(steward.port(), teams.serviceUrl(), TEAMS_DEADLINE);
	}

	@AfterEach
	void stopAll() {
		steward.close();
		database.close();
		teams.server().stop();
		slack.stop();
	}

	@Test
	void everyTeamsActivityGetsADeliberateAnswerWhileTheDatabaseIsAway(CapturedOutput output) {
		int mark = output.getAll().length();
		database.cut();

		assertThat(client.send(activities.personal(ROSA, "Rosa", "impediment list", "Europe/Berlin")).statusCode())
			.isEqualTo(200);
		assertThat(client.send(activities.personal(ROSA, "Rosa", "Fixed the build", "Europe/Berlin")).statusCode())
			.isEqualTo(200);
		await().untilAsserted(() -> assertThat(teams.postsTo("a:personal-" + ROSA))
			.extracting((reply) -> reply.path("summary").asString())
			.containsExactly(Interactions.UNAVAILABLE, Interactions.UNAVAILABLE));

		HttpResponse<String> press = client.send(activities.invokeInPersonalChat(ROSA, "adaptiveCard/action",
				"{\"trigger\":\"manual\",\"action\":{\"type\":\"Action.Execute\",\"verb\":\"action\","
						+ "\"title\":\"Skip\",\"data\":"
						+ "{\"steward\":\"action\",\"actionId\":\"standup.skip\",\"value\":\"1\","
						+ "\"nonce\":\"n-outage\"}}}"));
		assertThat(press.statusCode()).isEqualTo(200);
		JsonNode answer = JSON.readTree(press.body());
		assertThat(answer.path("statusCode").asInt()).isEqualTo(200);
		assertThat(answer.path("value").asString()).isEqualTo(Interactions.UNAVAILABLE);

		HttpResponse<String> install = client.send(activities.installedPersonally(ROSA, "Europe/Berlin"));
		assertThat(install.statusCode()).as("an install Steward could not note, to be sent again").isEqualTo(503);

		List<String> duringTheOutage = output.getAll().substring(mark).lines().toList();
		database.restore();
		assertThat(duringTheOutage).noneMatch(OutageLog::isUnexpectedError);
		assertThat(duringTheOutage).filteredOn((line) -> line.contains("The database is unreachable")).hasSize(1);
	}

}
