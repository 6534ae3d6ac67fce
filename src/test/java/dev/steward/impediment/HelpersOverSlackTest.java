package dev.steward.impediment;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.support.Blocks;
import dev.steward.support.SlackEdgeTest;
import dev.steward.support.SlackPayloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * People a blocker tags as able to help, over Slack: asked in a DM with Acknowledge, Add update and Resolve, nudged
 * the next working day at their own working time until they acknowledge, and told of updates.
 */
class HelpersOverSlackTest extends SlackEdgeTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@BeforeEach
	void team() {
		slack.user("U0ANN", "Ann", "Europe/Berlin");
		slack.user("U0CAT", "Cat", "America/New_York");
		setUpStandup("C1", "U0PM", List.of("U0ANN", "U0CAT"), "Europe/Berlin", "TEAM", "09:00", "11:00");
	}

	@Test
	void aTaggedHelperIsAskedNudgedTheNextWorkingDayAndStopsBeingNudgedOnceTheyAcknowledge() {
		clock.freezeAt(at(BERLIN, "2026-11-23T10:00"));
		String logged = command("U0ANN", "/impediment", "log <@U0CAT> needs to approve the vendor keys");
		long id = jdbc.sql("select max(id) from impediment").query(Long.class).single();
		assertThat(logged).contains("Asked").contains("to help");
		awaitQueuedDeliveries();
		assertThat(asks()).hasSize(1);
		assertThat(Blocks.buttonValue(asks().get(0), "impediment.ack")).isEqualTo(Long.toString(id));
		assertThat(Blocks.buttonValue(asks().get(0), "impediment.comment")).isEqualTo(Long.toString(id));
		assertThat(Blocks.buttonValue(asks().get(0), "impediment.resolve")).isEqualTo(Long.toString(id));

		tickAt(at(NEW_YORK, "2026-11-24T08:59"));
		assertThat(nudges()).isEmpty();
		tickAt(at(NEW_YORK, "2026-11-24T09:00"));
		tickAt(at(NEW_YORK, "2026-11-24T10:00"));
		assertThat(nudges()).as("once on Tuesday, at 09:00 in New York").hasSize(1);

		command("U0ANN", "/impediment", "comment IMP-" + id + " Legal says Friday at the latest");
		awaitQueuedDeliveries();
		assertThat(slack.postsTo("U0CAT")).anySatisfy((post) -> assertThat(post.get("text"))
			.contains("added an update to IMP-" + id));

		HttpResponse<String> pressed = client.interaction(SlackPayloads.buttonPress("U0CAT", "impediment.ack",
				Long.toString(id), slack.responseUrl()));
		assertThat(pressed.statusCode()).isEqualTo(200);
		awaitQueuedDeliveries();
		assertThat(jdbc.sql("select count(*) from impediment_event where impediment_id = :id and kind = 'ACKNOWLEDGED'")
			.param("id", id).query(Long.class).single()).isOne();
		assertThat(slack.postsTo("U0ANN")).anySatisfy((post) -> assertThat(post.get("text"))
			.contains("acknowledged IMP-" + id));

		tickAt(at(NEW_YORK, "2026-11-25T09:00"));
		tickAt(at(NEW_YORK, "2026-11-26T09:00"));
		assertThat(nudges()).as("no nudge after the acknowledgement").hasSize(1);
	}

	@Test
	void someoneNotAskedCannotAcknowledgeAndNothingChanges() {
		clock.freezeAt(at(BERLIN, "2026-11-23T10:00"));
		command("U0ANN", "/impediment", "log <@U0CAT> needs to approve the vendor keys");
		long id = jdbc.sql("select max(id) from impediment").query(Long.class).single();

		client.interaction(SlackPayloads.buttonPress("U0PM", "impediment.ack", Long.toString(id), slack.responseUrl()));

		await().untilAsserted(() -> assertThat(slack.responses())
			.anySatisfy((response) -> assertThat(response.getBodyAsString()).contains("You were not asked")));
		assertThat(jdbc.sql("select count(*) from impediment_helper where acknowledged_at is not null")
			.query(Long.class).single()).isZero();
	}

	private List<Map<String, String>> asks() {
		return slack.postsTo("U0CAT").stream().filter((post) -> post.get("text").contains("needs your help")).toList();
	}

	private List<Map<String, String>> nudges() {
		awaitQueuedDeliveries();
		return slack.postsTo("U0CAT").stream().filter((post) -> post.get("text").startsWith("A reminder")).toList();
	}

	private String command(String user, String command, String text) {
		HttpResponse<String> response = client.command(command, text, user, "C1", "team-C1");
		assertThat(response.statusCode()).isEqualTo(200);
		return Blocks.tree(response.body()).toString();
	}

	private static Instant at(ZoneId zone, String local) {
		return LocalDateTime.parse(local).atZone(zone).toInstant();
	}

}
