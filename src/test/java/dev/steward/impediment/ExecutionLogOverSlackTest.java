package dev.steward.impediment;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.support.Blocks;
import dev.steward.support.SlackEdgeTest;
import dev.steward.support.SlackPayloads;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The execution log's other kinds over Slack: issues that escalate like impediments, and change requests that go from
 * requested through assessed to decided, announced to whoever asked, reminded to PMs once and listed in the digest.
 */
class ExecutionLogOverSlackTest extends SlackEdgeTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@BeforeEach
	void team() {
		setUpStandup("C1", "U0PM", List.of("U0ANN", "U0BOB"), List.of("U0DANA"), "Europe/Berlin", "TEAM", "09:00",
				"11:00");
	}

	@Test
	void aChangeRequestGoesFromRequestedThroughAssessedToApprovedAndShowsInTheDigest() {
		at("2026-11-23T08:00");
		plan();
		String requested = command("2026-11-23T10:00", "/change", "U0ANN",
				"request Add Apple Pay to checkout changes: scope, schedule");
		long id = newest();
		assertThat(requested).contains("Requested").contains("CR-" + id).contains("changes scope and schedule")
			.contains("/change assess CR-" + id);
		assertThat(command("2026-11-23T10:05", "/change", "U0ANN", "link CR-" + id + " 1"))
			.contains("Checkout under 2 s");
		assertThat(command("2026-11-23T10:06", "/sprint", "U0BOB", "goals")).as("a request does not put its goal at risk")
			.doesNotContain("At risk");

		assertThat(command("2026-11-23T10:10", "/change", "U0PM", "approve CR-" + id + " customers ask for it"))
			.contains("has not been assessed yet");
		assertThat(command("2026-11-23T10:15", "/change", "U0PM", "assess CR-" + id + " two more days; the "
				+ "payment page needs a new flow")).contains("Assessed").contains("assessed, waiting for a decision");
		String approved = command("2026-11-23T10:20", "/change", "U0PM", "approve CR-" + id + " customers ask for it");
		assertThat(approved).contains("Approved").contains("reason: customers ask for it");

		awaitQueuedDeliveries();
		assertThat(slack.postsTo("U0ANN")).anySatisfy((post) -> assertThat(Blocks.tree(post.get("blocks")).toString())
			.contains("approved your change request").contains("CR-" + id).contains("Reason: customers ask for it"));
		assertThat(jdbc.sql("select next_escalation_at from impediment where id = :id").param("id", id)
			.query(Instant.class).optional()).as("a change request never climbs the ladder").isEmpty();

		assertThat(command("2026-11-23T16:00", "/digest", "U0DANA", "subscribe daily <#C1|team-c1> at 08:00"))
			.contains("daily");
		tick("2026-11-24T08:00");
		String digest = slack.postsTo("U0DANA").stream().filter((post) -> post.get("blocks").contains("Steward digest"))
			.map((post) -> Blocks.tree(post.get("blocks")).toString())
			.findFirst()
			.orElseThrow();
		assertThat(digest).contains("1 change request approved this period; 1 affects goal 'Checkout under 2 s'")
			.contains("CR-" + id + " Add Apple Pay to checkout");

		tick("2026-12-04T09:00");
		String review = slack.postsTo("U0PM").stream().filter((post) -> post.get("text").startsWith("Review Sprint 14"))
			.map((post) -> Blocks.tree(post.get("blocks")).toString())
			.findFirst()
			.orElseThrow();
		assertThat(review).contains("Change requests decided in this sprint")
			.contains("CR-" + id + " Add Apple Pay to checkout: approved \u2013 customers ask for it");
	}

	@Test
	void onlyAPmDecidesAndABadDecisionChangesNothing() {
		command("2026-11-23T10:00", "/change", "U0ANN", "request Move the demo to Friday changes: schedule");
		long id = newest();

		assertThat(command("2026-11-23T10:05", "/change", "U0BOB", "reject CR-" + id + " no"))
			.contains("Only a PM of").contains("Nothing was changed");
		assertThat(command("2026-11-23T10:05", "/change", "U0PM", "defer CR-" + id)).contains("Give the reason");
		assertThat(command("2026-11-23T10:05", "/change", "U0ANN", "request Cheaper hosting changes: budget"))
			.contains("'budget' is not something a change request changes");
		assertThat(command("2026-11-23T10:05", "/impediment", "U0PM", "resolve CR-" + id)).contains("is a change request");
		assertThat(command("2026-11-23T10:05", "/impediment", "U0PM", "escalate CR-" + id + " pm"))
			.contains("is a change request");

		assertThat(jdbc.sql("select count(*) from impediment").query(Long.class).single()).isOne();
		assertThat(jdbc.sql("select status from impediment where id = :id").param("id", id).query(String.class)
			.single()).isEqualTo("OPEN");
		assertThat(jdbc.sql("select count(*) from impediment_event where impediment_id = :id").param("id", id)
			.query(Long.class).single()).as("only the opening is in its history").isOne();

		assertThat(command("2026-11-23T10:10", "/change", "U0PM", "reject CR-" + id + " the client cannot move"))
			.contains("Rejected");
		assertThat(command("2026-11-23T10:11", "/change", "U0ANN", "reopen CR-" + id)).contains("Only a PM of");
		assertThat(command("2026-11-23T10:11", "/issue", "U0ANN", "impact CR-" + id + " tiny"))
			.contains("its PM's assessment");
		assertThat(command("2026-11-23T10:10", "/change", "U0ANN", "list")).contains("Nothing here");
	}

	@Test
	void anUnassessedChangeRequestRemindsThePmsOnceAfterAWorkingDay() {
		command("2026-11-23T10:00", "/change", "U0ANN", "request Support Safari 15");
		long id = newest();

		tick("2026-11-23T17:59");
		assertThat(triageReminders()).isEmpty();
		tick("2026-11-24T11:00");
		tick("2026-11-24T11:30");
		tick("2026-11-25T11:30");
		assertThat(triageReminders()).hasSize(1);
		assertThat(Blocks.tree(triageReminders().get(0).get("blocks")).toString()).contains("CR-" + id)
			.contains("Support Safari 15");
	}

	@Test
	void anIssueCarriesItsImpactAndEscalatesLikeAnImpedimentButListsApart() {
		String logged = command("2026-11-23T10:00", "/issue", "U0ANN",
				"log Payment provider outage impact: EU customers cannot check out <@U0BOB> high");
		long id = newest();
		assertThat(logged).contains("Logged").contains("ISS-" + id).contains("impact: EU customers cannot check out");
		command("2026-11-23T10:01", "/impediment", "U0ANN", "log Staging is down");

		assertThat(jdbc.sql("select next_escalation_at from impediment where id = :id").param("id", id)
			.query(Instant.class).single()).as("an issue climbs the ladder").isNotNull();
		assertThat(command("2026-11-23T10:02", "/issue", "U0ANN", "list")).contains("Open issues of")
			.contains("ISS-" + id)
			.doesNotContain("Staging is down");
		assertThat(command("2026-11-23T10:02", "/impediment", "U0ANN", "list")).contains("Staging is down")
			.doesNotContain("ISS-" + id);
		assertThat(command("2026-11-23T10:03", "/issue", "U0BOB", "impact ISS-" + id + " EU and UK checkout down"))
			.contains("impact: EU and UK checkout down");
		assertThat(command("2026-11-23T10:04", "/issue", "U0BOB", "resolve ISS-" + id + " provider is back"))
			.contains("Resolved").contains("ISS-" + id);
	}

	private long newest() {
		return jdbc.sql("select max(id) from impediment").query(Long.class).single();
	}

	private List<Map<String, String>> triageReminders() {
		awaitQueuedDeliveries();
		return slack.postsTo("U0PM").stream().filter((post) -> post.get("text").contains("waiting for an assessment"))
			.toList();
	}

	private void plan() {
		Map<String, List<String>> values = new HashMap<>();
		values.put("name", List.of("Sprint 14"));
		values.put("starts_on", List.of("2026-11-23"));
		values.put("ends_on", List.of("2026-12-04"));
		values.put("goal1", List.of("Checkout under 2 s"));
		values.put("measure1", List.of("p95 checkout latency below 2 s"));
		values.put("stakeholder1", List.of("U0DANA"));
		assertThat(client.command("/sprint", "plan", "U0PM", "C1", "team-C1").statusCode()).isEqualTo(200);
		List<Map<String, String>> opened = slack.calls("views.open");
		String teamId = Blocks.tree(opened.get(opened.size() - 1).get("view")).path("private_metadata").asString();
		HttpResponse<String> submitted = client.interaction(SlackPayloads.submission("U0PM", "sprint.plan", teamId,
				values, List.of("stakeholder1"), List.of(), List.of()));
		assertThat(submitted.body()).doesNotContain("errors");
	}

	private String command(String berlinTime, String command, String user, String text) {
		at(berlinTime);
		HttpResponse<String> response = client.command(command, text, user, "C1", "team-C1");
		assertThat(response.statusCode()).isEqualTo(200);
		return Blocks.tree(response.body()).toString();
	}

	private void at(String berlinTime) {
		clock.freezeAt(instant(berlinTime));
	}

	private void tick(String berlinTime) {
		tickAt(instant(berlinTime));
	}

	private static Instant instant(String berlinTime) {
		return LocalDateTime.parse(berlinTime).atZone(BERLIN).toInstant();
	}

}
