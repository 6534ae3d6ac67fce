package dev.steward.escalation;

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
import dev.steward.support.StandupSetup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The escalation ladder over Slack: rungs fire at the right working time, once each, to the right people; snoozes
 * and leave pause the climb; resolving tells everyone who was escalated to.
 */
class EscalationOverSlackTest extends SlackEdgeTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@BeforeEach
	void team() {
		setUpStandup("C1", "U0PM", List.of("U0ANN", "U0BOB"), "Europe/Berlin", "TEAM", "09:00", "11:00");
	}

	@Test
	void climbsEachRungAtItsWorkingTimeOnceAndResolvingTellsEveryoneEscalatedTo() {
		long id = log("2026-11-23T10:00", "U0ANN", "Prod DB credentials expired");
		command("2026-11-23T10:05", "U0PM", "policy stakeholders <@U0DANA|dana>");

		tick("2026-11-23T13:59");
		assertThat(escalations("U0ANN")).isEmpty();
		tick("2026-11-23T14:00");
		tick("2026-11-23T14:30");
		assertThat(escalations("U0ANN")).hasSize(1);

		tick("2026-11-24T09:59");
		assertThat(escalations("U0PM")).isEmpty();
		tick("2026-11-24T10:00");
		assertThat(escalations("U0PM")).hasSize(1);
		assertThat(escalations("U0PM").get(0).get("blocks")).contains("Rung 2 of 4").contains("1d of working time");

		tick("2026-11-25T10:00");
		assertThat(escalations("C1")).hasSize(1);
		tick("2026-11-27T10:00");
		tick("2026-11-30T10:00");
		assertThat(escalations("U0DANA")).hasSize(1);
		assertThat(escalations("U0ANN")).hasSize(1);
		assertThat(escalations("C1")).hasSize(1);

		at("2026-11-30T11:00");
		String button = Blocks.buttonValue(escalations("U0PM").get(0), "impediment.resolve");
		assertThat(client.interaction(SlackPayloads.buttonPress("U0PM", "impediment.resolve", button,
				slack.responseUrl())).statusCode()).isEqualTo(200);
		awaitQueuedDeliveries();
		for (String told : List.of("U0ANN", "U0PM", "C1", "U0DANA")) {
			assertThat(slack.postsTo(told)).as("resolution notice to " + told)
				.filteredOn((post) -> post.get("text").contains("of working time; resolved by"))
				.hasSize(1)
				.allSatisfy((post) -> assertThat(post.get("text")).contains("5d 1h of working time"));
		}
		assertThat(status(id)).isEqualTo("RESOLVED");
	}

	@Test
	void stakeholdersChosenInTheSetupFormHearAtTheTopRungAndMayFollowTheDigest() {
		at("2026-11-23T09:00");
		assertThat(client.interaction(StandupSetup.of(List.of("U0ANN", "U0BOB"), "U0PM")
			.set("stakeholders", "U0EVE")
			.set("questions", "Today?")
			.set("blockers_question", "none")
			.set("plans_question", "1")
			.slack("U0PM", "C1", "team-C1"))
			.body()).doesNotContain("errors");
		long id = log("2026-11-23T10:00", "U0ANN", "Vendor contract unsigned");

		for (String minute : List.of("10:00", "10:01", "10:02", "10:03", "10:04")) {
			tick("2026-11-27T" + minute);
		}

		assertThat(escalations("U0EVE")).as("overdue rungs climb one per tick").hasSize(1);
		assertThat(rung(id)).isEqualTo(4);
		var reply = client.command("/digest", "subscribe daily", "U0EVE", "D0EVE", "directmessage");
		assertThat(Blocks.tree(reply.body()).toString()).contains("daily (08:00");
	}

	@Test
	void aStakeholderMayCommentAndAskForAnUpdateButNotResolve() {
		at("2026-11-23T09:00");
		client.interaction(dev.steward.support.StandupSetup.of(List.of("U0ANN", "U0BOB"), "U0PM")
			.set("stakeholders", "U0EVE")
			.slack("U0PM", "C1", "team-C1"));
		long id = log("2026-11-23T10:00", "U0ANN", "Vendor contract unsigned high");
		for (String minute : List.of("10:00", "10:01", "10:02", "10:03")) {
			tick("2026-11-25T" + minute);
		}

		Map<String, String> escalation = escalations("U0EVE").get(0);
		assertThat(Blocks.tree(escalation.get("blocks")).findValuesAsString("action_id"))
			.containsExactly("impediment.comment", "impediment.ask");
		assertThat(escalation.get("blocks")).contains("its threshold is 2 working days (the ladder says 4 working days; "
				+ "halved for high severity)");

		assertThat(client.interaction(SlackPayloads.buttonPress("U0EVE", "impediment.ask", Long.toString(id),
				slack.responseUrl())).statusCode()).isEqualTo(200);
		awaitQueuedDeliveries();
		assertThat(slack.postsTo("U0ANN")).anySatisfy((dm) -> assertThat(dm.get("text"))
			.contains("@U0EVE asks for an update on IMP-" + id));
		assertThat(jdbc.sql("select count(*) from impediment_event where kind = 'UPDATE_REQUESTED'").query(Long.class)
			.single()).isOne();
		assertThat(client.interaction(SlackPayloads.buttonPress("U0EVE", "impediment.resolve", Long.toString(id),
				slack.responseUrl())).statusCode()).isEqualTo(200);
		assertThat(status(id)).as("a stakeholder's press of an old Resolve button changes nothing").isEqualTo("ESCALATED");
	}

	@Test
	void aHighSeverityBlockerRaisedFridayAfternoonEscalatesMondayMorning() {
		log("2026-11-27T16:00", "U0ANN", "Release branch frozen high");

		tick("2026-11-28T12:00");
		tick("2026-11-30T09:59");
		assertThat(escalations("U0ANN")).isEmpty();
		tick("2026-11-30T10:00");
		assertThat(escalations("U0ANN")).hasSize(1);
	}

	@Test
	void snoozePausesTheClimbAndAReopenedImpedimentStartsFromTheFirstRungAfterItsThreshold() {
		long id = log("2026-11-23T10:00", "U0ANN", "Waiting on vendor API keys");
		assertThat(command("2026-11-23T11:00", "U0ANN", "snooze IMP-" + id + " wednesday")).contains("Snoozed until");

		tick("2026-11-23T14:00");
		tick("2026-11-25T09:00");
		assertThat(status(id)).isEqualTo("OPEN");
		tick("2026-11-25T11:59");
		assertThat(escalations("U0ANN")).isEmpty();
		tick("2026-11-25T12:00");
		assertThat(escalations("U0ANN")).hasSize(1);

		command("2026-11-25T13:00", "U0ANN", "resolve IMP-" + id + " keys arrived");
		assertThat(command("2026-11-25T14:00", "U0ANN", "reopen IMP-" + id)).contains("Reopened");
		tick("2026-11-26T09:59");
		assertThat(escalations("U0ANN")).hasSize(1);
		tick("2026-11-26T10:00");
		assertThat(escalations("U0ANN")).hasSize(2);
	}

	@Test
	void theOwnersLeavePausesTheirClockAndPmsCoverForThem() {
		at("2026-11-23T08:00");
		assertThat(client.command("/standup", "away 2026-11-24 2026-11-25", "U0BOB", "C1", "team-C1").body())
			.contains("Enjoy your time off");
		long id = log("2026-11-23T16:00", "U0ANN", "Staging cert expired <@U0BOB|bob>");

		tick("2026-11-24T12:00");
		tick("2026-11-25T16:00");
		assertThat(escalations("U0BOB")).isEmpty();
		assertThat(escalations("U0PM")).isEmpty();

		at("2026-11-24T12:00");
		assertThat(command("2026-11-24T12:00", "U0PM", "escalate IMP-" + id + " bob is out"))
			.contains("rung 1 (the owner)");
		awaitQueuedDeliveries();
		assertThat(escalations("U0PM")).hasSize(1);
		assertThat(escalations("U0BOB")).isEmpty();

		tick("2026-11-26T11:59");
		assertThat(escalations("U0PM")).hasSize(1);
		tick("2026-11-26T12:00");
		assertThat(escalations("U0PM")).as("rung 2 after one working day, leave not counted").hasSize(1);
		tick("2026-11-27T09:00");
		assertThat(escalations("U0PM")).hasSize(2);
		assertThat(escalations("U0PM").get(1).get("text")).as("the second rung to the same PM says what changed")
			.contains("is still blocking").contains("rung 2");
	}

	@Test
	void manualEscalationNeedsTheRightAndJumpsToTheRequestedLevel() {
		long id = log("2026-11-23T10:00", "U0ANN", "Build agents out of disk");

		assertThat(command("2026-11-23T10:10", "U0BOB", "escalate IMP-" + id + " channel")).contains("Only a PM");
		assertThat(rung(id)).isZero();

		assertThat(command("2026-11-23T10:11", "U0ANN", "escalate IMP-" + id + " channel please look"))
			.contains("rung 3 (the team channel)");
		awaitQueuedDeliveries();
		assertThat(escalations("C1")).hasSize(1);
		assertThat(escalations("C1").get(0).get("blocks")).contains("escalated by hand").contains("please look");
		assertThat(command("2026-11-23T10:12", "U0PM", "escalate IMP-" + id + " pm")).contains("no higher rung");
		assertThat(rung(id)).isEqualTo(3);
	}

	@Test
	void badPoliciesAndSnoozesAreRefusedAndChangeNothing() {
		long id = log("2026-11-23T10:00", "U0ANN", "Flaky integration tests");

		assertThat(command("2026-11-23T10:01", "U0PM", "policy set 1d pms, 4h owner")).contains("Rungs must climb");
		assertThat(command("2026-11-23T10:01", "U0PM", "policy set 0h owner")).contains("zero");
		assertThat(command("2026-11-23T10:01", "U0ANN", "policy set 1h owner")).contains("Only the PMs");
		assertThat(command("2026-11-23T10:01", "U0PM", "policy")).contains("the owner after 4 working hours");
		assertThat(command("2026-11-23T10:02", "U0ANN", "snooze IMP-" + id + " 2026-11-20")).contains("not in the future");
		assertThat(command("2026-11-23T10:02", "U0ANN", "snooze IMP-" + id + " someday")).contains("is not a date");
		assertThat(command("2026-11-23T10:02", "U0ANN", "snooze IMP-9999 tomorrow")).contains("There is no IMP-9999");
		assertThat(status(id)).isEqualTo("OPEN");
		assertThat(jdbc.sql("select count(*) from escalation_policy").query(Long.class).single()).isZero();
	}

	@Test
	void mergingKeepsEveryReporterAndListShowsWorkingAgeAndRung() {
		long first = log("2026-11-23T10:00", "U0ANN", "Pipeline broken");
		long second = log("2026-11-23T10:30", "U0BOB", "CI pipeline red");

		assertThat(command("2026-11-23T11:00", "U0PM", "merge IMP-" + second + " into IMP-" + first))
			.contains("Merged IMP-" + second);
		assertThat(command("2026-11-23T11:00", "U0PM", "show IMP-" + first)).contains("<@U0ANN>").contains("<@U0BOB>")
			.contains("Merged in IMP-" + second);
		assertThat(status(second)).isEqualTo("MERGED");

		tick("2026-11-23T14:00");
		assertThat(command("2026-11-23T15:00", "U0PM", "list --sort age")).contains("5h working")
			.contains("rung 1")
			.doesNotContain("CI pipeline red");
	}

	private long log(String berlinTime, String user, String text) {
		at(berlinTime);
		assertThat(command(berlinTime, user, "log " + text)).contains("Logged");
		return jdbc.sql("select max(id) from impediment").query(Long.class).single();
	}

	private String command(String berlinTime, String user, String text) {
		at(berlinTime);
		var response = client.command("/impediment", text, user, "C1", "team-C1");
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

	private List<Map<String, String>> escalations(String to) {
		awaitQueuedDeliveries();
		return slack.postsTo(to).stream()
			.filter((post) -> post.get("text").contains("is blocking") || post.get("text").contains("is still blocking"))
			.toList();
	}

	private String status(long id) {
		return jdbc.sql("select status from impediment where id = :id").param("id", id).query(String.class).single();
	}

	private int rung(long id) {
		return jdbc.sql("select rung from impediment where id = :id").param("id", id).query(Integer.class).single();
	}

}
