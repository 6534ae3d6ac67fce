package dev.steward.sprint;

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

/** Sprints and value goals over Slack: the reminder, goals at risk, the review card and lessons. */
class SprintOverSlackTest extends SlackEdgeTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@BeforeEach
	void team() {
		setUpStandup("C1", "U0PM", List.of("U0ANN", "U0BOB"), "Europe/Berlin", "TEAM", "09:00", "11:00");
	}

	@Test
	void aSprintPlannedWeeksAheadRemindsTheChannelOnceAtStandupTimeOnItsFirstDay() {
		at("2026-11-02T10:00");
		assertThat(plan("U0PM", "Sprint 14", "2026-11-23", "2026-12-04").body()).doesNotContain("errors");

		tick("2026-11-23T08:59");
		assertThat(reminders()).isEmpty();
		tick("2026-11-23T09:00");
		tick("2026-11-23T09:30");
		assertThat(reminders()).hasSize(1);
		assertThat(Blocks.tree(reminders().get(0).get("blocks")).toString()).contains("Goal 1: Checkout under 2 s")
			.contains("p95 checkout latency below 2 s")
			.contains("<@U0DANA>");
		assertThat(slack.postsTo("U0ANN").get(0).get("blocks")).as("the prompt carries the goals")
			.contains("Sprint 14: Goal 1: Checkout under 2 s");
	}

	@Test
	void aLinkedImpedimentPutsItsGoalAtRiskInGoalsAndTheReportUntilItIsResolved() {
		at("2026-11-23T08:00");
		plan("U0PM", "Sprint 14", "2026-11-23", "2026-12-04");
		String logged = command("2026-11-23T09:30", "/impediment", "U0ANN", "log Payment sandbox down");
		long id = jdbc.sql("select max(id) from impediment").query(Long.class).single();
		assertThat(logged).contains("IMP-" + id);

		assertThat(command("2026-11-23T09:31", "/impediment", "U0ANN", "link IMP-" + id + " 1"))
			.contains("now puts Goal 1: Checkout under 2 s at risk");
		assertThat(command("2026-11-23T10:31", "/sprint", "U0BOB", "goals")).contains("At risk:")
			.contains("IMP-" + id)
			.contains("1h 1m of working time");

		tick("2026-11-23T11:00");
		assertThat(Blocks.tree(slack.summariesIn("C1").get(0).get("blocks")).toString())
			.contains("at risk:* IMP-" + id);

		command("2026-11-23T12:00", "/impediment", "U0ANN", "resolve IMP-" + id + " sandbox back");
		assertThat(command("2026-11-23T12:01", "/sprint", "U0BOB", "goals")).doesNotContain("At risk")
			.contains("Nothing blocking it");
	}

	@Test
	void theBlockerGoalPickerInTheStandupFormLinksTheNewImpediment() {
		at("2026-11-23T08:00");
		plan("U0PM", "Sprint 14", "2026-11-23", "2026-12-04");
		tick("2026-11-23T09:00");
		String runId = Blocks.buttonValue(slack.postsTo("U0ANN").get(0), "standup.answer");
		long goal2 = jdbc.sql("select id from value_goal where position = 2").query(Long.class).single();

		client.interaction(SlackPayloads.submission("U0ANN", "standup.answers", runId,
				Map.of("q0", List.of("Specs"), "q1", List.of("Search tuning"), "q2", List.of("No staging data"),
						"goal_today", List.of(Long.toString(goal2)), "goal_blocker", List.of(Long.toString(goal2))),
				List.of(), List.of(), List.of("goal_today", "goal_blocker")));

		assertThat(command("2026-11-23T09:30", "/sprint", "U0BOB", "goals")).contains("At risk:");
		tick("2026-11-23T11:00");
		assertThat(slack.summariesIn("C1").get(0).get("blocks")).contains("today: U0ANN");
	}

	@Test
	void theReviewCardAtTheEndRecordsOutcomesAndLessonsRecordedDuringTheSprintAreListed() {
		at("2026-11-23T08:00");
		plan("U0PM", "Sprint 14", "2026-11-23", "2026-11-27");
		assertThat(command("2026-11-24T10:00", "/lesson", "U0ANN", "Pair on deploys goal 1")).contains("Recorded");

		tick("2026-11-27T09:00");
		List<Map<String, String>> cards = slack.postsTo("U0PM").stream()
			.filter((post) -> post.get("text").startsWith("Review Sprint 14"))
			.toList();
		assertThat(cards).hasSize(1);
		String sprintId = Blocks.buttonValue(cards.get(0), "sprint.review");
		client.interaction(SlackPayloads.buttonPress("U0PM", "sprint.review", sprintId, slack.responseUrl()));
		assertThat(Blocks.tree(lastViewOpened()).path("callback_id").asString()).isEqualTo("sprint.review");

		var refused = client.interaction(review("U0ANN", sprintId));
		assertThat(refused.body()).contains("Only the PMs");
		assertThat(jdbc.sql("select count(*) from value_goal where review_outcome is not null").query(Long.class)
			.single()).isZero();

		assertThat(client.interaction(review("U0PM", sprintId)).body()).doesNotContain("errors");
		assertThat(command("2026-11-27T12:00", "/sprint", "U0BOB", "goals")).contains("Review: met")
			.contains("Review: partly met");
		assertThat(command("2026-11-27T12:00", "/lesson", "U0BOB", "list")).contains("Pair on deploys")
			.contains("Sprint 14");
	}

	@Test
	void badPlansAndForeignGoalsAreRefusedAndChangeNothing() {
		at("2026-11-02T10:00");
		plan("U0PM", "Sprint 14", "2026-11-23", "2026-12-04");

		assertThat(plan("U0PM", "Overlap", "2026-12-01", "2026-12-10").body()).contains("overlaps Sprint 14");
		assertThat(plan("U0PM", "Backwards", "2026-12-20", "2026-12-10").body()).contains("before it starts");
		Map<String, List<String>> noMeasure = planValues("No measure", "2026-12-07", "2026-12-18");
		noMeasure.put("measure1", List.of(""));
		assertThat(submitPlan("U0PM", noMeasure).body()).contains("measure1").contains("how it is measured");
		assertThat(plan("U0ANN", "By a member", "2026-12-07", "2026-12-18").body()).contains("Only the PMs");
		assertThat(jdbc.sql("select count(*) from sprint").query(Long.class).single()).isEqualTo(1);

		assertThat(plan("U0PM", "Sprint 15", "2026-12-07", "2026-12-18").body()).doesNotContain("errors");
		long laterGoal = jdbc.sql("select max(id) from value_goal").query(Long.class).single();
		command("2026-11-24T10:00", "/impediment", "U0ANN", "log Load tests time out");
		long ours = jdbc.sql("select max(id) from impediment").query(Long.class).single();
		assertThat(command("2026-11-24T10:00", "/impediment", "U0ANN", "link IMP-" + ours + " G-" + laterGoal))
			.contains("is not a goal of Sprint 14");

		setUpStandup("C9", "U0PM", List.of("U0ZED"), "Europe/Berlin", "TEAM", "09:00", "11:00");
		long foreignGoal = jdbc.sql("select max(id) from value_goal").query(Long.class).single();
		command("2026-11-24T10:00", "/impediment", "U0ZED", "log Other team's blocker", "C9");
		long id = jdbc.sql("select max(id) from impediment").query(Long.class).single();
		assertThat(command("2026-11-24T10:00", "/impediment", "U0ZED", "link IMP-" + id + " G-" + foreignGoal, "C9"))
			.contains("no current sprint");
		assertThat(jdbc.sql("select count(*) from goal_impediment").query(Long.class).single()).isZero();
	}

	private java.net.http.HttpResponse<String> plan(String user, String name, String from, String to) {
		return submitPlan(user, planValues(name, from, to));
	}

	private static Map<String, List<String>> planValues(String name, String from, String to) {
		Map<String, List<String>> values = new HashMap<>();
		values.put("name", List.of(name));
		values.put("starts_on", List.of(from));
		values.put("ends_on", List.of(to));
		values.put("goal1", List.of("Checkout under 2 s"));
		values.put("measure1", List.of("p95 checkout latency below 2 s"));
		values.put("stakeholder1", List.of("U0DANA"));
		values.put("goal2", List.of("Search finds products by SKU"));
		values.put("measure2", List.of("Support tickets about search halve"));
		return values;
	}

	private java.net.http.HttpResponse<String> submitPlan(String user, Map<String, List<String>> values) {
		String opened = client.command("/sprint", "plan", "U0PM", "C1", "team-C1").body();
		assertThat(opened).doesNotContain("Only the PMs");
		String teamId = Blocks.tree(lastViewOpened()).path("private_metadata").asString();
		return client.interaction(SlackPayloads.submission(user, "sprint.plan", teamId, values,
				List.of("stakeholder1"), List.of(), List.of()));
	}

	private String review(String user, String sprintId) {
		return SlackPayloads.submission(user, "sprint.review", sprintId,
				Map.of("outcome1", List.of("MET"), "note1", List.of("p95 at 1.7 s"), "outcome2", List.of("PARTLY"),
						"note2", List.of("")),
				List.of(), List.of(), List.of("outcome1", "outcome2"));
	}

	private String lastViewOpened() {
		List<Map<String, String>> opened = slack.calls("views.open");
		return opened.get(opened.size() - 1).get("view");
	}

	private String command(String berlinTime, String command, String user, String text) {
		return command(berlinTime, command, user, text, "C1");
	}

	private String command(String berlinTime, String command, String user, String text, String channel) {
		at(berlinTime);
		var response = client.command(command, text, user, channel, "team-" + channel);
		assertThat(response.statusCode()).isEqualTo(200);
		return Blocks.tree(response.body()).toString();
	}

	private List<Map<String, String>> reminders() {
		return slack.postsTo("C1").stream().filter((post) -> post.get("text").contains("starts today")).toList();
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
