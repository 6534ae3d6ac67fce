package dev.steward.standup;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.steward.support.Blocks;
import dev.steward.support.SlackEdgeTest;
import dev.steward.support.SlackPayloads;
import dev.steward.support.StandupSetup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A channel that runs a daily stand-up and a Friday week in review over Slack: each prompts and reports on its own
 * days and times, with its own questions, and names itself; a name another stand-up of the team has is refused with
 * nothing stored; a command that must know which stand-up says which there are.
 */
class SeveralStandupsOverSlackTest extends SlackEdgeTest {

	/** Thursday 26 November 2026, 09:00 in Berlin. */
	private static final Instant THURSDAY_NINE = Instant.parse("2026-11-26T08:00:00Z");

	private static final Instant THURSDAY_ELEVEN = Instant.parse("2026-11-26T10:00:00Z");

	private static final Instant FRIDAY_NINE = Instant.parse("2026-11-27T08:00:00Z");

	private static final Instant FRIDAY_ELEVEN = Instant.parse("2026-11-27T10:00:00Z");

	private static final Instant FRIDAY_THREE = Instant.parse("2026-11-27T14:00:00Z");

	private static final Instant FRIDAY_FOUR = Instant.parse("2026-11-27T15:00:00Z");

	@Test
	void eachStandupPromptsAndReportsOnItsOwnDaysAndTimes() {
		clock.freezeAt(THURSDAY_NINE.minusSeconds(3600));
		setUpStandup("C1", "U0PM", List.of("U0BOB"), "Europe/Berlin", "TEAM", "09:00", "11:00");
		addWeekInReview("C1");

		tickAt(THURSDAY_NINE);
		tickAt(THURSDAY_ELEVEN);
		assertThat(prompts("U0BOB")).singleElement().satisfies((prompt) -> assertThat(prompt)
			.contains("time for Daily stand-up in #team-C1"));
		assertThat(texts("C1")).filteredOn((text) -> text.contains(" \u00b7 Thu 26 Nov"))
			.containsExactly("#team-C1 \u00b7 Daily stand-up \u00b7 Thu 26 Nov");

		tickAt(FRIDAY_NINE);
		tickAt(FRIDAY_ELEVEN);
		tickAt(FRIDAY_THREE);
		assertThat(prompts("U0BOB")).hasSize(3).last().satisfies((prompt) -> assertThat(prompt)
			.contains("time for Week in review in #team-C1"));
		String reviewRun = Blocks.buttonValue(slack.postsTo("U0BOB").get(slack.postsTo("U0BOB").size() - 1),
				"standup.answer");
		awaitingDeliveries(() -> client.interaction(SlackPayloads.submission("U0BOB", "standup.answers", reviewRun,
				Map.of("q0", List.of("Shipped the importer"), "q1", List.of("none")), List.of(), List.of(),
				List.of())));
		tickAt(FRIDAY_FOUR);

		assertThat(texts("C1")).filteredOn((text) -> text.contains(" \u00b7 Fri 27 Nov"))
			.containsExactly("#team-C1 \u00b7 Daily stand-up \u00b7 Fri 27 Nov",
					"#team-C1 \u00b7 Week in review \u00b7 Fri 27 Nov");
		assertThat(Blocks.tree(slack.postsTo("C1").get(slack.postsTo("C1").size() - 1).get("blocks")).toString())
			.contains("What went well this week?")
			.contains("Shipped the importer")
			.doesNotContain("What did you do yesterday?");
		assertThat(jdbc.sql("select count(distinct idempotency_key) from delivery where idempotency_key like 'report:s%'")
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void refusesANameAnotherStandupOfTheTeamHasAndStoresNothing() {
		clock.freezeAt(THURSDAY_NINE.minusSeconds(3600));
		setUpStandup("C2", "U0PM", List.of("U0BOB"), "Europe/Berlin", "TEAM", "09:00", "11:00");
		addWeekInReview("C2");
		long deliveries = jdbc.sql("select count(*) from delivery").query(Long.class).single();

		String created = submitOpened("/standup setup Retro", "C2", form().set("name", "daily  STAND-UP"));
		String renamed = submitOpened("/standup setup week in review", "C2", form().set("name", "Daily stand-up"));

		assertThat(Blocks.tree(created).path("errors").path("name").asString())
			.isEqualTo("#team-C2 already has a stand-up called 'Daily stand-up'. Give this one another name, or "
					+ "change that one with /standup setup Daily stand-up.");
		assertThat(Blocks.tree(renamed).path("errors").path("name").asString()).contains("already has a stand-up");
		assertThat(jdbc.sql("select name from standup order by id").query(String.class).list())
			.containsExactly("Daily stand-up", "Week in review");
		assertThat(jdbc.sql("select count(*) from delivery").query(Long.class).single()).isEqualTo(deliveries);
	}

	@Test
	void aCommandThatMustKnowWhichStandupListsThemAndFollowsTheName() {
		clock.freezeAt(FRIDAY_NINE.minusSeconds(3600));
		setUpStandup("C3", "U0PM", List.of("U0BOB"), "Europe/Berlin", "TEAM", "09:00", "11:00");
		addWeekInReview("C3");

		assertThat(text(command("now", "C3"))).contains("This channel has 2 stand-ups: Daily stand-up, Week in review. "
				+ "Say which: /standup now Week in review");
		assertThat(text(command("setup", "C3"))).contains("This channel has 2 stand-ups");
		assertThat(text(command("skip weekly review", "C3"))).contains("no stand-up called 'weekly review'")
			.contains("Did you mean /standup skip Week in review?");
		assertThat(Blocks.tree(command("status", "C3").body()).path("blocks").toString()).contains("*Daily stand-up*")
			.contains("*Week in review*")
			.contains("Prompts at 15:00 Europe/Berlin on Fri");
		assertThat(jdbc.sql("select count(*) from standup_entry").query(Long.class).single()).isZero();

		assertThat(text(awaitingDeliveries(() -> command("now WEEK IN REVIEW", "C3")))).contains("Prompted 1 of 1");
		assertThat(prompts("U0BOB")).singleElement().satisfies((prompt) -> assertThat(prompt)
			.contains("Week in review"));
	}

	@Test
	void removingOneStandupLeavesTheOtherRunningAndNoLongerNeedingItsName() {
		clock.freezeAt(FRIDAY_NINE.minusSeconds(3600));
		setUpStandup("C5", "U0PM", List.of("U0BOB"), "Europe/Berlin", "TEAM", "09:00", "11:00");
		addWeekInReview("C5");
		long review = jdbc.sql("select id from standup where name = 'Week in review'").query(Long.class).single();

		assertThat(text(command("remove", "C5"))).contains("This channel has 2 stand-ups");
		assertThat(text(command("remove week in review", "C5"))).isEqualTo("Remove #team-C5's Week in review?");
		awaitingDeliveries(() -> client.interaction(SlackPayloads.buttonPress("U0PM", "standup.remove",
				Long.toString(review), slack.responseUrl())));
		tickAt(FRIDAY_NINE);
		tickAt(FRIDAY_THREE);

		assertThat(prompts("U0BOB")).singleElement().satisfies((prompt) -> assertThat(prompt)
			.contains("time for the #team-C5 stand-up"));
		assertThat(texts("C5")).contains("Week in review was removed by a PM: nobody is asked any more. Its history "
				+ "stays, and a PM can set up a new one with /standup setup.");
		assertThat(text(command("resume", "C5"))).isEqualTo("#team-C5's stand-up is not paused.");
	}

	@Test
	void pausesOnlyTheStandupItNames() {
		clock.freezeAt(FRIDAY_NINE.minusSeconds(3600));
		setUpStandup("C6", "U0PM", List.of("U0BOB"), "Europe/Berlin", "TEAM", "09:00", "11:00");
		addWeekInReview("C6");

		assertThat(text(command("pause week in review until 2026-11-27", "C6")))
			.startsWith("Paused #team-C6's Week in review through");
		tickAt(FRIDAY_NINE);
		tickAt(FRIDAY_THREE);

		assertThat(jdbc.sql("select name from standup where paused_from is not null").query(String.class).list())
			.containsExactly("Week in review");
		assertThat(prompts("U0BOB")).singleElement().satisfies((prompt) -> assertThat(prompt)
			.contains("Daily stand-up"));
	}

	@Test
	void theHomeTabShowsEachStandupWithItsOwnTimes() {
		clock.freezeAt(FRIDAY_NINE.minusSeconds(3600));
		setUpStandup("C4", "U0PM", List.of("U0BOB"), "Europe/Berlin", "TEAM", "09:00", "11:00");
		addWeekInReview("C4");

		assertThat(client.event(SlackPayloads.event("app_home_opened", "T1", Map.of("user", "U0BOB", "tab", "home")))
			.statusCode()).isEqualTo(200);

		await().untilAsserted(() -> assertThat(slack.calls("views.publish")).isNotEmpty());
		assertThat(Blocks.tree(slack.calls("views.publish").get(0).get("view")).toString())
			.contains("#team-C4 \u00b7 Daily stand-up")
			.contains("#team-C4 \u00b7 Week in review")
			.contains("Prompts at 09:00 Europe/Berlin on Mon, Tue, Wed, Thu, Fri")
			.contains("Prompts at 15:00 Europe/Berlin on Fri");
	}

	/** Opens the setup form for a new stand-up by name and saves it for Fridays, with its own questions. */
	private void addWeekInReview(String channel) {
		String body = submitOpened("/standup setup Week in review", channel, form());
		assertThat(body).doesNotContain("errors");
		awaitQueuedDeliveries();
	}

	private static StandupSetup form() {
		return StandupSetup.of(List.of("U0BOB"), "U0PM")
			.set("name", "Week in review")
			.set("prompt_time", "15:00")
			.set("report_time", "16:00")
			.set("days", "FRIDAY")
			.set("team_zone", "Europe/Berlin")
			.set("questions", "What went well this week?\nWhat got in the way?")
			.set("blockers_question", "2")
			.set("plans_question", "none");
	}

	/** Types the setup command and submits the form Steward opened, with its context, as Slack would. */
	private String submitOpened(String command, String channel, StandupSetup values) {
		HttpResponse<String> opened = command(command.substring("/standup ".length()), channel);
		assertThat(opened.statusCode()).isEqualTo(200);
		List<Map<String, String>> views = slack.calls("views.open");
		String metadata = Blocks.tree(views.get(views.size() - 1).get("view")).path("private_metadata").asString();
		return client.interaction(SlackPayloads.submission("U0PM", "standup.setup", metadata, values.values(),
				StandupSetup.USERS, StandupSetup.MULTI, StandupSetup.SINGLE)).body();
	}

	private HttpResponse<String> command(String text, String channel) {
		return client.command("/standup", text, "U0PM", channel, "team-" + channel);
	}

	private static List<String> prompts(String user) {
		return slack.postsTo(user).stream().map((post) -> post.get("text")).filter((text) -> text.contains("time for"))
			.toList();
	}

	private static List<String> texts(String channel) {
		return slack.postsTo(channel).stream().map((post) -> post.get("text")).toList();
	}

	private static String text(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		return Blocks.tree(response.body()).path("text").asString();
	}

}
