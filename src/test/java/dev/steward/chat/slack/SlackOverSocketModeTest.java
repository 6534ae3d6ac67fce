package dev.steward.chat.slack;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.java_websocket.WebSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.steward.support.SlackEdgeTest;
import dev.steward.support.SlackPayloads;
import dev.steward.support.SocketModeServer;
import dev.steward.support.StandupSetup;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With an app-level token and no signing secret, Slack's requests come over Socket Mode and are answered as over
 * HTTP: each envelope acknowledged by its id with the reply, once, whatever else arrives; the connection is opened
 * again, at a URL asked for anew, when Slack asks for it or it drops, waiting longer after each failure in a row. A
 * local server speaks Socket Mode's protocol; WireMock gives its URL.
 */
@TestPropertySource(properties = { "steward.slack.app-token=xapp-test-token", "steward.slack.signing-secret=",
		"steward.slack.socket-mode.initial-backoff=100ms", "steward.slack.socket-mode.max-backoff=1s" })
class SlackOverSocketModeTest extends SlackEdgeTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final SocketModeServer socket = new SocketModeServer().start();

	static {
		slack.socketMode(socket.url());
	}

	@AfterAll
	static void stopServer() throws InterruptedException {
		socket.stop();
	}

	@BeforeEach
	void connected() {
		socket.greetOnOpen(true);
		socket.awaitOpen();
	}

	@Test
	void setsUpAStandupThroughAModalOpenedAndSubmittedOverSocketMode() {
		setUpStandupOverSocket("C1", "U0PM", List.of("U0PM", "U0ANN"));

		assertThat(jdbc.sql("select count(*) from standup_member").query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void answersASlashCommandInItsAcknowledgementAndStoresTheImpediment() {
		setUpStandupOverSocket("C1", "U0PM", List.of("U0PM"));

		socket.envelope("slash_commands", "e-log", command("/impediment", "log Build server is down"));

		JsonNode ack = socket.awaitAcks("e-log", 1).get(0);
		assertThat(ack.path("payload").path("response_type").asString()).isEqualTo("ephemeral");
		assertThat(ack.path("payload").toString()).contains("Logged");
		assertThat(impediments()).containsExactly("Build server is down");
	}

	@Test
	void handlesAnEventAsOverHttp() {
		JsonNode event = JSON.readTree(SlackPayloads.event("app_uninstalled", "T0GONE", java.util.Map.of()));

		socket.envelope("events_api", "e-uninstalled", event);

		assertThat(socket.awaitAcks("e-uninstalled", 1).get(0).has("payload")).isFalse();
		assertThat(jdbc.sql("select reason from workspace_status where workspace_id = 'T0GONE'")
			.query(String.class)
			.single()).isEqualTo("app_uninstalled");
	}

	@Test
	void handlesAnEnvelopeSentTwiceOnce() {
		setUpStandupOverSocket("C1", "U0PM", List.of("U0PM"));
		ObjectNode log = command("/impediment", "log VPN is flaky");

		socket.envelope("slash_commands", "e-twice", log);
		socket.awaitAcks("e-twice", 1);
		socket.envelope("slash_commands", "e-twice", log);

		List<JsonNode> acks = socket.awaitAcks("e-twice", 2);
		assertThat(acks).extracting((ack) -> ack.has("payload")).containsExactly(true, false);
		assertThat(impediments()).containsExactly("VPN is flaky");
	}

	@Test
	void acknowledgesMalformedAndUnknownEnvelopesAndKeepsTheConnection() {
		WebSocket connection = socket.awaitOpen();
		int opened = socket.opened();

		connection.send("{not json");
		connection.send("[\"an\", \"array\"]");
		socket.envelope(connection, "slash_commands", "e-malformed", JSON.getNodeFactory().textNode("oops"));
		socket.envelope(connection, "interactive", "e-no-team", JSON.readTree("{\"type\":\"block_actions\"}"));
		socket.envelope(connection, "something_new", "e-unknown", JSON.createObjectNode());
		socket.envelope(connection, "slash_commands", "e-after", command("/standup", "help"));

		assertThat(socket.awaitAcks("e-after", 1).get(0).path("payload").toString()).contains("standup");
		assertThat(socket.acksOn(connection, "e-malformed")).hasSize(1);
		assertThat(socket.acksOn(connection, "e-no-team")).hasSize(1);
		assertThat(socket.acksOn(connection, "e-unknown")).hasSize(1);
		assertThat(socket.acksOn(connection, "e-after")).hasSize(1);
		assertThat(socket.opened()).isEqualTo(opened);
		assertThat(slack.connectionsOpened()).isEmpty();
		assertThat(impediments()).isEmpty();
	}

	@Test
	void reconnectsAtANewUrlWhenSlackAsksToRefreshAndClosesTheOldConnectionOnceTheNewOneIsGreeted() {
		WebSocket old = socket.awaitOpen();
		int opened = socket.opened();
		socket.greetOnOpen(false);

		socket.disconnect("refresh_requested");

		await().untilAsserted(() -> assertThat(socket.opened()).isEqualTo(opened + 1));
		assertThat(slack.connectionsOpened()).extracting((request) -> request.getHeader("Authorization"))
			.containsExactly("Bearer xapp-test-token");
		socket.envelope(old, "slash_commands", "e-old", command("/standup", "help"));
		assertThat(socket.awaitAcks("e-old", 1)).hasSize(1);
		assertThat(old.isOpen()).as("the old connection serves until the new one is greeted").isTrue();

		socket.greet();

		await().untilAsserted(() -> assertThat(old.isOpen()).isFalse());
		socket.envelope("slash_commands", "e-new", command("/standup", "help"));
		assertThat(socket.awaitAcks("e-new", 1)).hasSize(1);
	}

	@Test
	void reconnectsAtANewUrlWhenTheConnectionDrops() {
		int opened = socket.opened();

		socket.drop();

		await().untilAsserted(() -> assertThat(socket.opened()).isEqualTo(opened + 1));
		assertThat(slack.connectionsOpened()).hasSize(1);
		socket.envelope("slash_commands", "e-back", command("/standup", "help"));
		assertThat(socket.awaitAcks("e-back", 1)).hasSize(1);
	}

	@Test
	void waitsTwiceAsLongBeforeEachNewTryWhileSlackGivesNoUrl() {
		slack.refuseSocketMode("internal_error");

		socket.drop();

		await().untilAsserted(() -> assertThat(slack.connectionsOpened()).hasSizeGreaterThanOrEqualTo(4));
		List<Instant> tries = slack.connectionsOpened().stream()
			.map((request) -> request.getLoggedDate().toInstant())
			.sorted()
			.toList();
		assertThat(Duration.between(tries.get(0), tries.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(100));
		assertThat(Duration.between(tries.get(1), tries.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(200));
		assertThat(Duration.between(tries.get(2), tries.get(3))).isGreaterThanOrEqualTo(Duration.ofMillis(400));
	}

	@Test
	void answers404WithTheReasonOnTheHttpEndpoint() {
		var response = client.command("/standup", "help", "U0PM", "C1", "team-C1");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Socket Mode");
	}

	/** The stand-up setup as a PM does it: the command opens the form, the form is submitted. */
	private void setUpStandupOverSocket(String channel, String pm, List<String> members) {
		String setup = SlackPayloads.unique("e-setup-");
		socket.envelope("slash_commands", setup, command("/standup", "setup"));
		socket.awaitAcks(setup, 1);
		assertThat(slack.calls("views.open")).isNotEmpty();
		String submit = SlackPayloads.unique("e-submit-");
		socket.envelope("interactive", submit, JSON.readTree(StandupSetup.of(members, pm)
			.set("prompt_time", "09:00")
			.set("report_time", "11:00")
			.set("zone_policy", "TEAM")
			.set("team_zone", "UTC")
			.slack(pm, channel, "team-" + channel)));
		assertThat(socket.awaitAcks(submit, 1).get(0).toString()).doesNotContain("errors");
		awaitMembersLookedUp(channel, members);
	}

	private static ObjectNode command(String command, String text) {
		ObjectNode payload = JSON.createObjectNode();
		SlackPayloads.command("T1", command, text, "U0PM", "C1", "team-C1").forEach(payload::put);
		return payload;
	}

	private List<String> impediments() {
		return jdbc.sql("select title from impediment order by id").query(String.class).list();
	}

}
