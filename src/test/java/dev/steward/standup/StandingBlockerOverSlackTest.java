package dev.steward.standup;

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

/**
 * One standing blocker stays one impediment over Slack: the same blocker written again, named by id or picked in the
 * form is recorded against the open one, and a merged impediment is shown as the one it was merged into.
 */
class StandingBlockerOverSlackTest extends SlackEdgeTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@BeforeEach
	void team() {
		clock.freezeAt(berlin("2026-11-23T08:00"));
		setUpStandup("C1", "U0PM", List.of("U0ANN"), "Europe/Berlin", "TEAM", "09:00", "11:00");
	}

	@Test
	void theSameBlockerOnThreeDaysIsOneImpedimentWithThreeStandups() {
		answer("2026-11-23", "Staging database is down", null);
		long id = jdbc.sql("select id from impediment").query(Long.class).single();
		answer("2026-11-24", "staging database down!", null);
		answer("2026-11-25", "", id);

		assertThat(jdbc.sql("select count(*) from impediment").query(Long.class).single()).isOne();
		assertThat(jdbc.sql("select count(*) from impediment_standup where impediment_id = :id").param("id", id)
			.query(Long.class)
			.single()).isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from impediment_event where impediment_id = :id and kind = 'STANDUP'")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(slack.postsTo("U0ANN")).filteredOn((dm) -> dm.get("text").startsWith("Still blocked by IMP-" + id))
			.hasSize(2)
			.last()
			.satisfies((dm) -> assertThat(dm.get("text")).contains("it has come up at 3 stand-ups"));
		tickAt(berlin("2026-11-25T11:00"));
		assertThat(slack.summariesIn("C1").get(2).get("blocks")).contains("U0ANN (IMP-" + id + ")");
	}

	@Test
	void theAnswerFormOffersTheMembersOpenImpediments() {
		long id = answer("2026-11-23", "Waiting for the vendor keys", null);
		tickAt(berlin("2026-11-24T09:00"));
		String runId = Blocks.buttonValue(lastPrompt(), "standup.answer");

		client.interaction(SlackPayloads.buttonPress("U0ANN", "standup.answer", runId, slack.responseUrl()));

		String form = slack.calls("views.open").get(slack.calls("views.open").size() - 1).get("view");
		assertThat(form).contains("Still blocked by one of these?").contains("IMP-" + id + ": Waiting for the vendor keys");
	}

	@Test
	void aMergedImpedimentIsShownAsTheOneItWasMergedInto() {
		long first = answer("2026-11-23", "Build agents out of disk", null);
		String logged = Blocks.tree(client.command("/impediment", "log Disk space on CI <@U0ANN>", "U0PM", "C1",
				"team-C1").body()).path("text").asString();
		long into = jdbc.sql("select max(id) from impediment").query(Long.class).single();
		assertThat(logged).contains("IMP-" + into);
		client.command("/impediment", "merge IMP-" + first + " into IMP-" + into, "U0PM", "C1", "team-C1");

		answer("2026-11-24", "still IMP-" + first, null);
		tickAt(berlin("2026-11-24T11:00"));

		assertThat(slack.summariesIn("C1").get(1).get("blocks")).contains("U0ANN (IMP-" + into + ")")
			.doesNotContain("IMP-" + first + ")");
		assertThat(Blocks.tree(client.command("/impediment", "show IMP-" + first, "U0ANN", "C1", "team-C1").body())
			.path("text").asString()).startsWith("IMP-" + first + " was merged into IMP-" + into);
		assertThat(jdbc.sql("select count(*) from impediment").query(Long.class).single()).isEqualTo(2);
	}

	/** Ann answers the day's prompt in the modal; returns the impediment her answers name, or 0. */
	private long answer(String date, String blocker, Long stillBlockedBy) {
		tickAt(berlin(date + "T09:00"));
		String runId = Blocks.buttonValue(lastPrompt(), "standup.answer");
		Map<String, List<String>> values = new java.util.HashMap<>(Map.of("q0", List.of("Work"), "q1",
				List.of("More work"), "q2", List.of(blocker)));
		if (stillBlockedBy != null) {
			values.put("still_blocked", List.of(Long.toString(stillBlockedBy)));
		}
		String body = awaitingDeliveries(() -> client.interaction(SlackPayloads.submission("U0ANN", "standup.answers",
				runId, values, List.of(), List.of(), List.of("still_blocked"))).body());
		assertThat(body).doesNotContain("errors");
		return jdbc.sql("select coalesce(max(s.impediment_id), 0) from impediment_standup s "
				+ "join standup_run r on r.id = s.run_id where r.run_date = :date")
			.param("date", java.time.LocalDate.parse(date))
			.query(Long.class)
			.single();
	}

	private Map<String, String> lastPrompt() {
		List<Map<String, String>> prompts = slack.postsTo("U0ANN")
			.stream()
			.filter((post) -> post.get("text").startsWith("Stand-up"))
			.toList();
		return prompts.get(prompts.size() - 1);
	}

	private static Instant berlin(String time) {
		return LocalDateTime.parse(time).atZone(BERLIN).toInstant();
	}

}
