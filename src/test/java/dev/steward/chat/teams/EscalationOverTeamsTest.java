package dev.steward.chat.teams;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.steward.support.TeamsActivities;
import dev.steward.support.StandupSetup;
import dev.steward.support.TeamsEdgeTest;
import dev.steward.support.TeamsStub;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The escalation ladder over Teams, with the default policy and calendar (owner after 4 working hours, PMs after a
 * working day; Monday to Friday, 09:00 to 17:00 in the team's zone): each rung's card reaches its people's personal
 * chats once, and pressing Resolve on the card tells everyone it was escalated to.
 */
class EscalationOverTeamsTest extends TeamsEdgeTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final String CHANNEL = "19:delta4escalate@thread.tacv2";

	private static final String PAT = "29:1pat-pm";

	private static final String QUINN = "29:1quinn-pm";

	private static final String BOB = "29:1bob-builder";

	private static final String ANN = "29:1ann-analyst";

	/** The personal chat Steward opens with Quinn, who never wrote to it. */
	private static final String QUINN_CHAT = "a:created-chat-quinn";

	private static final String CARD = "1700000000001";

	@BeforeEach
	void teamWithTwoPms() {
		teams.roster(CHANNEL, PAT, "Pat PM", QUINN, "Quinn PM", BOB, "Bob Builder", ANN, "Ann Analyst");
		teams.server().stubFor(post(urlEqualTo("/v3/conversations")).atPriority(1)
			.withRequestBody(containing(QUINN))
			.willReturn(okJson("{\"id\":\"" + QUINN_CHAT + "\"}")));
		setUpStandup(CHANNEL, PAT, List.of(BOB, ANN), "Europe/Berlin", "TEAM", "09:00", "11:00");
		makePms(PAT, QUINN);
		client.send(activities.personal(BOB, "Bob Builder", "hello", "Europe/Berlin"));
		client.send(activities.personal(PAT, "Pat PM", "hello", "Europe/Berlin"));
		awaitQueuedDeliveries();
	}

	@Test
	void climbsToTheOwnerThenThePmsOnceEachAndResolvingTellsThem() {
		long id = bobLogs("2026-11-23T10:00", "Prod DB credentials expired");

		tick("2026-11-23T13:59");
		assertThat(escalations(personal(BOB))).isEmpty();
		tick("2026-11-23T14:00");
		tick("2026-11-23T14:00");
		tick("2026-11-23T14:30");
		assertThat(escalations(personal(BOB))).singleElement().satisfies((card) -> {
			assertThat(card.path("version").asString()).isEqualTo("1.5");
			assertThat(card.toString()).contains("IMP-" + id)
				.contains("Prod DB credentials expired")
				.contains("Rung 1 of 4")
				.contains("open 4h of working time; its threshold is 4 working hours");
			assertThat(buttons(card)).as("the owner's own buttons").containsExactly("Resolve", "Snooze 1 day", "Comment");
		});
		assertThat(escalations(personal(PAT))).isEmpty();
		assertThat(escalations(QUINN_CHAT)).isEmpty();

		tick("2026-11-24T09:59");
		assertThat(escalations(personal(PAT))).isEmpty();
		assertThat(escalations(QUINN_CHAT)).isEmpty();
		tick("2026-11-24T10:00");
		tick("2026-11-24T10:00");
		tick("2026-11-24T10:30");
		for (String pmChat : List.of(personal(PAT), QUINN_CHAT)) {
			assertThat(escalations(pmChat)).as("rung 2 in %s", pmChat).singleElement().satisfies((card) -> {
				assertThat(card.toString()).contains("Rung 2 of 4").contains("open 1d of working time");
				assertThat(buttons(card)).containsExactly("Resolve", "Snooze 1 day", "Take ownership", "Comment");
			});
		}
		assertThat(escalations(personal(BOB))).hasSize(1);
		assertThat(escalations(CHANNEL)).isEmpty();
		assertThat(chatsOpenedWith(QUINN)).singleElement().satisfies((created) -> {
			assertThat(created.path("tenantId").asString()).isEqualTo(TeamsActivities.TENANT);
			assertThat(created.path("bot").path("id").asString()).isEqualTo(TeamsActivities.BOT);
		});

		clock.freezeAt(berlin("2026-11-24T11:00"));
		String resolve = activities.submitInPersonalChat(PAT, CARD,
				buttonData(escalations(personal(PAT)).get(0), "Resolve"), Map.of());
		assertThat(client.send(resolve).statusCode()).isEqualTo(200);
		assertThat(client.send(resolve.replaceFirst("\"id\": \"[^\"]+\"", "\"id\": \"retried\"")).statusCode())
			.as("Teams retrying the same press").isEqualTo(200);
		awaitQueuedDeliveries();

		assertThat(jdbc.sql("select status || '|' || resolved_by from impediment where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("RESOLVED|" + PAT);
		for (String told : List.of(personal(BOB), personal(PAT), QUINN_CHAT)) {
			assertThat(resolutionNotices(told)).as("resolution notice in %s", told)
				.singleElement()
				.satisfies((card) -> assertThat(card.toString()).contains("IMP-" + id)
					.contains("It took 1d 1h of working time; resolved by ")
					.contains("@Pat PM"));
		}
		assertThat(cardsIn(personal(PAT), "Resolved: IMP-" + id)).as("the press answered once").hasSize(1);
		assertThat(resolutionNotices(CHANNEL)).as("the channel was never escalated to").isEmpty();
		assertThat(chatsOpenedWith(QUINN)).as("Quinn's chat is reused, not opened again").hasSize(1);
	}

	/** Pat opens the setup card again and makes Quinn a PM too, as a PM would in Teams. */
	private void makePms(String... pms) {
		client.send(activities.channelMention(CHANNEL, PAT, "Pat PM", "standup setup"));
		JsonNode card = lastForm(CHANNEL);
		assertThat(client.send(activities.submitInChannel(CHANNEL, PAT, "1700000000003", submitData(card),
				StandupSetup.of(List.of(BOB, ANN), PAT).set("pms", pms).teams()))
			.statusCode()).isEqualTo(200);
		assertThat(jdbc.sql("select user_id from member where role = 'PM' order by user_id").query(String.class).list())
			.containsExactly(PAT, QUINN);
	}

	/** Bob logs the impediment (he owns it) with an @mention of Steward in the team channel, at the Berlin time. */
	private long bobLogs(String berlinTime, String text) {
		clock.freezeAt(berlin(berlinTime));
		assertThat(client.send(activities.channelMention(CHANNEL, BOB, "Bob Builder", "impediment log " + text))
			.statusCode()).isEqualTo(200);
		assertThat(TeamsStub.card(last(teams.postsInChannel(CHANNEL))).toString()).contains("Logged");
		return jdbc.sql("select max(id) from impediment").query(Long.class).single();
	}

	private void tick(String berlinTime) {
		tickAt(berlin(berlinTime));
	}

	private static Instant berlin(String time) {
		return LocalDateTime.parse(time).atZone(BERLIN).toInstant();
	}

	private static String personal(String user) {
		return "a:personal-" + user;
	}

	/** The escalation cards Steward sent to the conversation. */
	private List<JsonNode> escalations(String conversationId) {
		return cardsIn(conversationId, "is blocking");
	}

	private List<JsonNode> resolutionNotices(String conversationId) {
		return cardsIn(conversationId, "of working time; resolved by");
	}

	private List<JsonNode> cardsIn(String conversationId, String text) {
		awaitQueuedDeliveries();
		return teams.postsTo(conversationId)
			.stream()
			.map(TeamsStub::card)
			.filter((card) -> card.toString().contains(text))
			.toList();
	}

	/** The requests Steward made to open a personal chat with the person. */
	private static List<JsonNode> chatsOpenedWith(String user) {
		return teams.createdConversations()
			.stream()
			.filter((created) -> user.equals(created.path("members").path(0).path("id").asString()))
			.toList();
	}

	private static List<String> buttons(JsonNode card) {
		List<String> titles = new ArrayList<>();
		for (JsonNode element : card.path("body")) {
			for (JsonNode action : element.path("actions")) {
				assertThat(action.path("type").asString()).isEqualTo("Action.Submit");
				titles.add(action.path("title").asString());
			}
		}
		return titles;
	}

}
