package dev.steward.standup;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.steward.support.TeamsActivities;
import dev.steward.support.TeamsEdgeTest;
import dev.steward.support.TeamsStub;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole stand-up day over Teams: install, setup card, prompt cards at local time, answers, summary. */
class StandupOverTeamsTest extends TeamsEdgeTest {

	/** Monday 23 November 2026, 09:00 in Asia/Kolkata. */
	private static final Instant NINE_IN_KOLKATA = Instant.parse("2026-11-23T03:30:00Z");

	private static final Instant NINE_IN_LONDON = Instant.parse("2026-11-23T09:00:00Z");

	private static final Instant ELEVEN_IN_LONDON = Instant.parse("2026-11-23T11:00:00Z");

	private static final String CHANNEL = "19:alpha1standup@thread.tacv2";

	private static final String PM = "29:1pat-pm";

	private static final String BOB = "29:1bob-builder";

	private static final String ANN = "29:1ann-analyst";

	@BeforeEach
	void installAndSetUp() {
		teams.roster(CHANNEL, PM, "Pat PM", BOB, "Bob Builder", ANN, "Ann Analyst");
		setUpStandup(CHANNEL, PM, List.of(BOB, ANN), "Europe/London", "MEMBER", "09:00", "11:00");
	}

	@Test
	void setupCardOffersTheTeamsRosterAndStoresTheTeamOfTheChannel() {
		JsonNode setup = TeamsStub.card(teams.postsInChannel(CHANNEL).get(0));

		assertThat(setup.path("version").asString()).isEqualTo("1.5");
		assertThat(input(setup, "members").path("choices").toString()).contains("Bob Builder").contains(BOB)
			.contains("Ann Analyst");
		assertThat(jdbc.sql("select channel_id from team where platform = 'TEAMS' and workspace_id = :tenant")
			.param("tenant", TeamsActivities.TENANT)
			.query(String.class)
			.list()).containsExactly(CHANNEL);
		assertThat(jdbc.sql("select user_id from member order by user_id").query(String.class).list())
			.containsExactly(ANN, BOB, PM);
	}

	@Test
	void promptsInEachPersonsZoneTakesCardAnswersOnceAndReportsToTheChannel() {
		client.send(activities.personal(BOB, "Bob Builder", "hello", "Asia/Kolkata"));
		tickAt(NINE_IN_KOLKATA.minusSeconds(60));
		assertThat(prompts(BOB)).isEmpty();

		tickAt(NINE_IN_KOLKATA);
		JsonNode prompt = TeamsStub.card(last(prompts(BOB)));
		assertThat(prompt.path("version").asString()).isEqualTo("1.5");
		assertThat(prompt.toString()).contains("Stand-up");
		assertThat(prompts(ANN)).isEmpty();

		JsonNode submit = cardAction(prompt, "Submit");
		assertThat(List.of(input(prompt, "q0").path("type").asString(), input(prompt, "q2").path("type").asString()))
			.containsOnly("Input.Text");

		String answers = activities.executeInPersonalChat(BOB, submit, Map.of("q0", "Shipped **login**",
				"q1", "Fix [checkout](http://evil.example)", "q2", "<at>everyone</at> waiting on DB access & VPN"));
		assertThat(client.send(answers).statusCode()).isEqualTo(200);
		assertThat(client.send(answers.replaceFirst("\"id\": \"[^\"]+\"", "\"id\": \"double-click\"")).statusCode())
			.isEqualTo(200);
		awaitQueuedDeliveries();

		assertThat(jdbc.sql("select answer from standup_answer order by position").query(String.class).list())
			.containsExactly("Shipped **login**", "Fix [checkout](http://evil.example)",
					"<at>everyone</at> waiting on DB access & VPN");
		assertThat(jdbc.sql("select count(*) from impediment").query(Long.class).single()).isEqualTo(1);
		assertThat(teams.updatesIn("a:personal-" + BOB).stream().map(TeamsStub::card).map(JsonNode::toString))
			.anySatisfy((card) -> assertThat(card).contains("your stand-up for Mon 23 Nov is in")
				.contains("Shipped **login**"));

		tickAt(NINE_IN_LONDON);
		assertThat(teams.createdConversations()).singleElement().satisfies((created) -> {
			assertThat(created.path("tenantId").asString()).isEqualTo(TeamsActivities.TENANT);
			assertThat(created.path("channelData").path("tenant").path("id").asString()).isEqualTo(TeamsActivities.TENANT);
			assertThat(created.path("members").path(0).path("id").asString()).isEqualTo(ANN);
			assertThat(created.path("bot").path("id").asString()).isEqualTo(TeamsActivities.BOT);
		});
		assertThat(teams.postsTo("a:created-personal-chat")).singleElement()
			.satisfies((post) -> assertThat(TeamsStub.card(post).toString()).contains("Ann Analyst"));

		tickAt(ELEVEN_IN_LONDON);
		JsonNode summary = TeamsStub.card(last(teams.postsTo(CHANNEL)));
		assertThat(summary.toString()).contains("Shipped **login**")
			.contains("Fix [checkout](http://evil.example)")
			.contains("<at>everyone</at> waiting on DB access & VPN")
			.contains("Bob Builder")
			.doesNotContain("\"type\":\"TextBlock\"");
	}

	@Test
	void takesAnswersAsAPlainReplyOnceEvenWhenTeamsRetries() {
		client.send(activities.personal(BOB, "Bob Builder", "hello", "Asia/Kolkata"));
		tickAt(NINE_IN_KOLKATA);
		String reply = activities.personal(BOB, "Bob Builder", "Wrote tests\nDeploy\nnone", "Asia/Kolkata");

		assertThat(client.send(reply).statusCode()).isEqualTo(200);
		assertThat(client.send(reply).statusCode()).isEqualTo(200);
		awaitQueuedDeliveries();

		assertThat(jdbc.sql("select answer from standup_answer order by position").query(String.class).list())
			.containsExactly("Wrote tests", "Deploy", "none");
	}

	private List<JsonNode> prompts(String user) {
		return teams.postsTo("a:personal-" + user)
			.stream()
			.filter((post) -> TeamsStub.card(post).toString().contains("Stand-up"))
			.toList();
	}

	private static JsonNode input(JsonNode card, String id) {
		for (JsonNode element : card.path("body")) {
			if (id.equals(element.path("id").asString())) {
				return element;
			}
		}
		throw new AssertionError("No input " + id + " in " + card);
	}

}
