package dev.steward.support;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the whole application on a random port with Slack configured against WireMock, and talks to it with signed
 * requests over real HTTP. The tick is driven by hand with a frozen clock; the delivery queue runs on its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "steward.slack.bot-token=xoxb-test-token", "steward.slack.signing-secret=test-signing-secret",
				"steward.scheduling.enabled=false", "steward.delivery.poll-interval=50ms",
				"steward.delivery.slack.channel-spacing=0s", "steward.chat.profile-cache-ttl=0s",
				"steward.slack.read-timeout=1500ms", "steward.delivery.initial-backoff=1s",
				"steward.delivery.slack.posts-per-minute=1000000", "steward.delivery.slack.updates-per-minute=1000000",
				"steward.delivery.slack.history-per-minute=1000000", "steward.delivery.slack.uploads-per-minute=1000000",
				"steward.slack.directory-page-spacing=0s",
				"spring.datasource.url=jdbc:h2:mem:slack-edge;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
public abstract class SlackEdgeTest extends RunningStewardTest {

	protected static final String SECRET = "test-signing-secret";

	protected static final SlackStub slack = new SlackStub().start();

	protected SignedSlackClient client;

	@DynamicPropertySource
	static void slackApi(DynamicPropertyRegistry registry) {
		registry.add("steward.slack.api-url", slack::apiUrl);
	}

	@BeforeEach
	void resetEdges() {
		slack.reset();
		TestDatabase.clean(jdbc);
		client = new SignedSlackClient(port, SECRET);
	}

	/** Sets up a stand-up in the channel over HTTP, as the PM would: the command, then the modal submission. */
	protected void setUpStandup(String channel, String pm, List<String> members, String zone, String policy,
			String promptTime, String reportTime) {
		setUpStandup(channel, pm, members, List.of(), zone, policy, promptTime, reportTime);
	}

	/** As above, with stakeholders. */
	protected void setUpStandup(String channel, String pm, List<String> members, List<String> stakeholders,
			String zone, String policy, String promptTime, String reportTime) {
		setUpStandup("en", channel, pm, members, stakeholders, zone, policy, promptTime, reportTime);
	}

	/** As above, for a team that speaks the language ({@code de}), chosen in the form as the PM would. */
	protected void setUpStandupIn(String language, String channel, String pm, List<String> members, String zone,
			String policy, String promptTime, String reportTime) {
		setUpStandup(language, channel, pm, members, List.of(), zone, policy, promptTime, reportTime);
	}

	private void setUpStandup(String language, String channel, String pm, List<String> members,
			List<String> stakeholders, String zone, String policy, String promptTime, String reportTime) {
		HttpResponse<String> command = client.command("/standup", "setup", pm, channel, "team-" + channel);
		assertThat(command.statusCode()).isEqualTo(200);
		assertThat(slack.calls("views.open")).isNotEmpty();
		HttpResponse<String> submitted = client.interaction(StandupSetup.of(members, pm)
			.set("language", language)
			.set("stakeholders", stakeholders)
			.set("prompt_time", promptTime)
			.set("report_time", reportTime)
			.set("zone_policy", policy)
			.set("team_zone", zone)
			.slack(pm, channel, "team-" + channel));
		assertThat(submitted.statusCode()).isEqualTo(200);
		assertThat(submitted.body()).doesNotContain("errors");
		awaitMembersLookedUp(channel, members);
	}

	/** Waits until the new members' names and zones are stored, as they are soon after a stand-up is set up. */
	protected void awaitMembersLookedUp(String channel, List<String> members) {
		MemberZones.awaitLookedUp(jdbc, slack, channel, members);
	}

}
