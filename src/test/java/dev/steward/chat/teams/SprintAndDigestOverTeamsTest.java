package dev.steward.chat.teams;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.steward.support.TeamsEdgeTest;
import dev.steward.support.TeamsStub;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sprints and digests over Teams: a sprint planned on its Adaptive Card reminds the team channel of its value goals
 * on its first day, and a digest subscribed to in a personal chat arrives there as one card with its chart inline.
 */
class SprintAndDigestOverTeamsTest extends TeamsEdgeTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final String CHANNEL = "19:sigma5sprints@thread.tacv2";

	private static final String PAT = "29:1pat-pm";

	private static final String BOB = "29:1bob-builder";

	private static final String ANN = "29:1ann-analyst";

	private static final String DANA = "29:1dana-director";

	private static final String PLAN_CARD = "1700000000005";

	@BeforeEach
	void team() {
		teams.roster(CHANNEL, PAT, "Pat PM", BOB, "Bob Builder", ANN, "Ann Analyst", DANA, "Dana Director");
		setUpStandup(CHANNEL, PAT, List.of(BOB, ANN), "Europe/Berlin", "TEAM", "09:00", "11:00");
	}

	@Test
	void aSprintPlannedOnItsCardRemindsTheChannelOfItsGoalsOnceAtStandupTimeOnItsFirstDay() {
		at("2026-11-02T10:00");
		mention(PAT, "Pat PM", "sprint plan");
		JsonNode card = TeamsStub.card(last(teams.postsInChannel(CHANNEL)));
		assertThat(input(card, "starts_on").path("value").asString()).isEqualTo("2026-11-02");
		assertThat(input(card, "stakeholder1").path("choices").toString()).contains("Dana Director").contains(DANA);

		assertThat(client.send(activities.submitInChannel(CHANNEL, PAT, PLAN_CARD, submitData(card),
				Map.of("name", "Sprint 14", "starts_on", "2026-11-23", "ends_on", "2026-12-04", "goal1",
						"Checkout under 2 s", "measure1", "p95 checkout latency below 2 s", "stakeholder1", DANA, "goal2",
						"Search finds products by SKU", "measure2", "Support tickets about search halve")))
			.statusCode()).isEqualTo(200);
		assertThat(TeamsStub.card(last(teams.updatesIn(CHANNEL + ";messageid=" + PLAN_CARD))).toString())
			.contains("Plan a sprint: saved");
		assertThat(jdbc.sql("select starts_on from sprint").query(LocalDate.class).single())
			.isEqualTo(LocalDate.of(2026, 11, 23));

		tick("2026-11-20T09:00");
		tick("2026-11-23T08:59");
		assertThat(reminders()).isEmpty();
		tick("2026-11-23T09:00");
		tick("2026-11-23T09:00");
		tick("2026-11-23T09:30");
		tick("2026-11-24T09:00");
		assertThat(reminders()).singleElement().satisfies((reminder) -> {
			assertThat(reminder.path("version").asString()).isEqualTo("1.5");
			assertThat(reminder.toString()).contains("Sprint 14 starts today")
				.contains("Goal 1: Checkout under 2 s")
				.contains("p95 checkout latency below 2 s")
				.contains("Goal 2: Search finds products by SKU")
				.contains("@Dana Director");
		});
	}

	@Test
	void aStakeholderSubscribedInAPersonalChatGetsOneDigestCardAtEightTeamTimeWithItsChartInline()
			throws IOException {
		at("2026-11-23T15:00");
		// A Teams channel cannot be named in a personal chat, so the digest's team is the one Dana belongs to.
		mention(DANA, "Dana Director", "standup join");
		mention(DANA, "Dana Director", "standup leave");
		mention(BOB, "Bob Builder", "impediment log Staging is down");
		mention(BOB, "Bob Builder", "impediment log Waiting for legal review");

		at("2026-11-23T16:00");
		assertThat(client.send(activities.personal(DANA, "Dana Director", "digest subscribe daily at 08:00",
				"Europe/Berlin")).statusCode()).isEqualTo(200);
		assertThat(TeamsStub.card(last(teams.postsTo(personal(DANA)))).toString())
			.contains("daily (08:00 Europe/Berlin, Monday to Friday)");

		tick("2026-11-24T07:59");
		assertThat(digests(DANA)).isEmpty();
		tick("2026-11-24T08:00");
		tick("2026-11-24T08:00");
		tick("2026-11-24T08:30");
		String headline = teamName() + ": 2 open impediments, 0 escalated";
		JsonNode digest = digests(DANA).get(0);
		assertThat(digests(DANA)).hasSize(1);
		assertThat(digest.path("fallbackText").asString()).isEqualTo(headline);
		assertThat(digest.toString()).contains("Steward digest \u00b7 Tue 24 Nov")
			.contains("\"text\":\"" + headline + "\"")
			.contains("2 opened, 0 resolved, 2 still open");

		JsonNode image = element(digest, "Image");
		assertThat(image.path("url").asString()).startsWith("data:image/png;base64,");
		BufferedImage chart = ImageIO.read(new ByteArrayInputStream(
				Base64.getDecoder().decode(image.path("url").asString().substring("data:image/png;base64,".length()))));
		assertThat(chart).isNotNull();
		assertThat(chart.getWidth()).isEqualTo(640);
		Set<Integer> colours = new HashSet<>();
		for (int x = 0; x < chart.getWidth(); x += 4) {
			for (int y = 0; y < chart.getHeight(); y += 4) {
				colours.add(chart.getRGB(x, y));
			}
		}
		assertThat(colours).as("distinct colours in the chart").hasSizeGreaterThan(10);
		assertThat(jdbc.sql("select count(*) from delivery where idempotency_key like 'digest:%'").query(Long.class)
			.single()).as("digests queued for anyone").isEqualTo(1);
	}

	private void mention(String user, String name, String text) {
		assertThat(client.send(activities.channelMention(CHANNEL, user, name, text)).statusCode()).isEqualTo(200);
	}

	private String teamName() {
		return jdbc.sql("select name from team").query(String.class).single();
	}

	/** The value-goal reminders posted to the team channel itself (a new post, not a reply in a thread). */
	private List<JsonNode> reminders() {
		return teams.postsTo(CHANNEL)
			.stream()
			.map(TeamsStub::card)
			.filter((card) -> card.toString().contains("starts today"))
			.toList();
	}

	private List<JsonNode> digests(String user) {
		awaitQueuedDeliveries();
		return teams.postsTo(personal(user))
			.stream()
			.map(TeamsStub::card)
			.filter((card) -> card.toString().contains("Steward digest"))
			.toList();
	}

	private static String personal(String user) {
		return "a:personal-" + user;
	}

	private static JsonNode input(JsonNode card, String id) {
		for (JsonNode element : card.path("body")) {
			if (id.equals(element.path("id").asString())) {
				return element;
			}
		}
		throw new AssertionError("No input " + id + " in " + card);
	}

	private static JsonNode element(JsonNode card, String type) {
		for (JsonNode element : card.path("body")) {
			if (type.equals(element.path("type").asString())) {
				return element;
			}
		}
		throw new AssertionError("No " + type + " in " + card);
	}

	private void at(String berlinTime) {
		clock.freezeAt(berlin(berlinTime));
	}

	private void tick(String berlinTime) {
		tickAt(berlin(berlinTime));
	}

	private static Instant berlin(String time) {
		return LocalDateTime.parse(time).atZone(BERLIN).toInstant();
	}

}
