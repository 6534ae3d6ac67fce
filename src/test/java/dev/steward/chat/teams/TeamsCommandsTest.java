package dev.steward.chat.teams;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.steward.support.TeamsEdgeTest;
import dev.steward.support.TeamsStub;

import static org.assertj.core.api.Assertions.assertThat;

/** Text commands over Teams: in a personal chat with or without the slash, and by @mention in a channel. */
class TeamsCommandsTest extends TeamsEdgeTest {

	private static final String CHANNEL = "19:beta2commands@thread.tacv2";

	private static final String PM = "29:1pat-pm";

	private static final String BOB = "29:1bob-builder";

	@Test
	void answersCommandsInAPersonalChatWithOrWithoutTheSlash() {
		client.send(activities.personal(BOB, "Bob Builder", "standup help", "Asia/Kolkata"));
		client.send(activities.personal(BOB, "Bob Builder", "/impediment help", "Asia/Kolkata"));

		List<JsonNode> replies = teams.postsTo("a:personal-" + BOB);
		assertThat(replies).hasSize(2);
		assertThat(TeamsStub.card(replies.get(0)).toString()).contains("/standup join");
		assertThat(TeamsStub.card(replies.get(1)).toString()).contains("/impediment log");
	}

	@Test
	void answersAnUnknownCommandWithTheHelpCard() {
		client.send(activities.personal(BOB, "Bob Builder", "/frobnicate now", "Asia/Kolkata"));
		client.send(activities.channelMention(CHANNEL, BOB, "Bob Builder", "dance please"));

		assertThat(TeamsStub.card(last(teams.postsTo("a:personal-" + BOB))).toString()).contains("Steward commands");
		assertThat(TeamsStub.card(last(teams.postsInChannel(CHANNEL))).toString()).contains("Steward commands")
			.contains("/standup help");
	}

	@Test
	void aMistypedCommandGetsDidYouMeanButAPlainMessageStaysAnAnswer() {
		client.send(activities.personal(BOB, "Bob Builder", "/impedment list", "Asia/Kolkata"));
		client.send(activities.channelMention(CHANNEL, BOB, "Bob Builder", "stnadup status"));

		assertThat(TeamsStub.card(last(teams.postsTo("a:personal-" + BOB))).toString())
			.contains("Did you mean /impediment?");
		assertThat(TeamsStub.card(last(teams.postsInChannel(CHANNEL))).toString()).contains("Did you mean /standup?");
	}

	@Test
	void readsAChannelMentionWithoutTheBotsNameAndOtherMentionsAsUserIds() {
		teams.roster(CHANNEL, PM, "Pat PM", BOB, "Bob Builder");
		setUpStandup(CHANNEL, PM, List.of(BOB), "Europe/London", "TEAM", "09:00", "11:00");

		client.send(activities.channelMention(CHANNEL, PM, "Pat PM", "impediment log CI is red @Bob Builder high",
				BOB, "Bob Builder"));

		assertThat(jdbc.sql("select title || '|' || owner_id || '|' || severity from impediment")
			.query(String.class)
			.list()).containsExactly("CI is red|" + BOB + "|HIGH");
		assertThat(TeamsStub.card(last(teams.postsInChannel(CHANNEL))).toString()).contains("IMP-");
	}

	@Test
	void refusesSetupInAPersonalChatWithAMessageSayingWhereToTypeIt() {
		client.send(activities.personal(PM, "Pat PM", "standup setup", "Europe/London"));

		assertThat(TeamsStub.card(last(teams.postsTo("a:personal-" + PM))).toString())
			.contains("in your team's channel");
	}

}
