package dev.steward.standup;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.steward.support.Blocks;
import dev.steward.support.SlackEdgeTest;
import dev.steward.support.StandupSetup;

import static org.assertj.core.api.Assertions.assertThat;

/** Typed questions in the setup form over Slack: a bad line is refused by name, a good one is shown back as written. */
class QuestionSetupOverSlackTest extends SlackEdgeTest {

	@Test
	void refusesAConditionOnALaterQuestionNamingTheLineAndStoresNothing() {
		client.command("/standup", "setup", "U0PM", "C1", "team-C1");

		Map<String, String> errors = errors(submit(StandupSetup.of(List.of("U0ANN"), "U0PM")
			.set("questions", "Who can help? [if 2]\nAnything blocking you?\nHow do you feel? [mood]")
			.set("blockers_question", "2")
			.set("plans_question", "none")));

		assertThat(errors).containsOnlyKeys("questions");
		assertThat(errors.get("questions")).startsWith("Line 1 ").contains("question 2, which comes later");
		assertThat(jdbc.sql("select count(*) from standup").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from team").query(Long.class).single()).isZero();
	}

	@Test
	void refusesAScaleOutsideOneToFiveAndKeepsTheStandupAsItWas() {
		setUpStandup("C1", "U0PM", List.of("U0ANN"), "Europe/Berlin", "TEAM", "09:00", "11:00");
		String before = jdbc.sql("select questions from standup").query(String.class).single();

		Map<String, String> errors = errors(submit(StandupSetup.of(List.of("U0ANN"), "U0PM")
			.set("questions", "How do you feel? [mood 1-10]\nWhat will you do today?\nAnything blocking you?")));

		assertThat(errors.get("questions")).isEqualTo("Line 1 asks for a scale of 1 to 10; a mood scale goes from 1 "
				+ "to 5.");
		assertThat(jdbc.sql("select questions from standup").query(String.class).single()).isEqualTo(before);
	}

	@Test
	void refusesAMoodQuestionAsTheBlockersQuestion() {
		client.command("/standup", "setup", "U0PM", "C1", "team-C1");

		Map<String, String> errors = errors(submit(StandupSetup.of(List.of("U0ANN"), "U0PM")
			.set("questions", "What did you do?\nWhat will you do today?\nHow do you feel? [mood]")));

		assertThat(errors.get("blockers_question")).contains("Question 3 is not free text");
		assertThat(jdbc.sql("select count(*) from standup").query(Long.class).single()).isZero();
	}

	@Test
	void showsTheQuestionsBackAsWrittenWhenTheSetupIsOpenedAgain() {
		String questions = "How do you feel today? [mood, anonymous]\nWhat will you do today?\nAnything blocking you?\n"
				+ "Who can help? [optional, if 3]\nWhich area? [choice: API | Web | Mobile]";
		client.command("/standup", "setup", "U0PM", "C1", "team-C1");
		assertThat(submit(StandupSetup.of(List.of("U0ANN"), "U0PM").set("questions", questions)))
			.doesNotContain("errors");

		client.command("/standup", "setup", "U0PM", "C1", "team-C1");

		Map<String, String> opened = slack.calls("views.open").get(slack.calls("views.open").size() - 1);
		assertThat(Blocks.tree(opened.get("view")).toString()).contains(questions.replace("\n", "\\n"));
	}

	private String submit(StandupSetup setup) {
		return client.interaction(setup.slack("U0PM", "C1", "team-C1")).body();
	}

	private static Map<String, String> errors(String body) {
		Map<String, String> errors = new java.util.HashMap<>();
		Blocks.tree(body).path("errors").properties().forEach((entry) -> errors.put(entry.getKey(),
				entry.getValue().asString()));
		return errors;
	}

}
