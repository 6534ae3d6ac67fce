package dev.steward.chat.teams;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.steward.chat.ChatGateways;
import dev.steward.chat.ChatSendException;
import dev.steward.chat.Platform;
import dev.steward.chat.UserProfile;
import dev.steward.chat.UserProfiles;
import dev.steward.support.TeamsActivities;
import dev.steward.support.TeamsEdgeTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Teams directory is what Steward has seen, since Teams has no profile a bot can read a zone from: the roster it
 * read when added to a team, and the name and zone of everyone who wrote to it.
 */
class TeamsDirectoryTest extends TeamsEdgeTest {

	private static final String CHANNEL = "19:dir1directory@thread.tacv2";

	private static final String PM = "29:1pat-pm";

	private static final String BOB = "29:1bob-builder";

	private static final String ANN = "29:1ann-analyst";

	private static final String DANA = "29:1dana-director";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private ChatGateways gateways;

	@Autowired
	private UserProfiles profiles;

	@Test
	void listsTheRosterReadOnInstallAndTheZonesOfThoseWhoWrote() throws ChatSendException {
		teams.roster(CHANNEL, PM, "Pat PM", BOB, "Bob Builder", ANN, "Ann Analyst");
		assertThat(client.send(activities.installedInTeam(CHANNEL, PM)).statusCode()).isEqualTo(200);
		assertThat(client.send(activities.personal(BOB, "Bob Builder", "hello", "Asia/Kolkata")).statusCode())
			.isEqualTo(200);
		assertThat(client.send(activities.personal(DANA, "Dana Director", "hello", "Europe/Berlin")).statusCode())
			.isEqualTo(200);

		List<UserProfile> directory = gateways.forPlatform(Platform.TEAMS).directory(TeamsActivities.TENANT);

		assertThat(directory).extracting(UserProfile::userId).containsExactlyInAnyOrder(PM, BOB, ANN, DANA);
		assertThat(directory).contains(new UserProfile(BOB, "Bob Builder", ZoneId.of("Asia/Kolkata")),
				new UserProfile(ANN, "Ann Analyst", null), new UserProfile(DANA, "Dana Director", ZoneId.of("Europe/Berlin")));
		assertThat(gateways.forPlatform(Platform.TEAMS).directory("another-tenant")).isEmpty();
	}

	@Test
	void knowsWhatAPersonsOwnMessageSaidWithoutWaitingForTheNextDirectoryRead() {
		profiles.known(Platform.TEAMS, TeamsActivities.TENANT, BOB);

		client.send(activities.personal(BOB, "Bob Builder", "hello", "Asia/Kolkata"));
		assertThat(profiles.known(Platform.TEAMS, TeamsActivities.TENANT, BOB))
			.contains(new UserProfile(BOB, "Bob Builder", ZoneId.of("Asia/Kolkata")));

		client.send(activities.personal(BOB, "Bob Builder", "hello again", "Europe/Berlin"));
		assertThat(profiles.known(Platform.TEAMS, TeamsActivities.TENANT, BOB))
			.contains(new UserProfile(BOB, "Bob Builder", ZoneId.of("Europe/Berlin")));
	}

	@Test
	void namesSomeoneByTheirIdWhileTeamsHasNotSaidTheirName() {
		ObjectNode message = (ObjectNode) JSON.readTree(activities.personal(DANA, "Dana", "hello", "Europe/Berlin"));
		((ObjectNode) message.get("from")).remove("name");

		assertThat(client.send(message.toString()).statusCode()).isEqualTo(200);

		assertThat(profiles.known(Platform.TEAMS, TeamsActivities.TENANT, DANA))
			.contains(new UserProfile(DANA, DANA, ZoneId.of("Europe/Berlin")));
	}

}
