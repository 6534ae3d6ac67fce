package dev.steward.chat.teams;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.steward.support.TeamsEdgeTest;
import dev.steward.support.TeamsStub;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stand-up prompts answered in place with Universal Actions: the prompt card carries its inputs and an
 * {@code Action.Execute}, the {@code adaptiveCard/action} invoke answers with the card refreshed for the person, and
 * each reader's refresh shows their own view.
 */
@ExtendWith(OutputCaptureExtension.class)
class AnswerInPlaceOverTeamsTest extends TeamsEdgeTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Monday 23 November 2026, 09:00 in Asia/Kolkata. */
	private static final Instant NINE_IN_KOLKATA = Instant.parse("2026-11-23T03:30:00Z");

	private static final Instant FRIDAY_NINE_IN_KOLKATA = Instant.parse("2026-11-20T03:30:00Z");

	private static final Instant ELEVEN_IN_LONDON = Instant.parse("2026-11-23T11:00:00Z");

	private static final String CHANNEL = "19:alpha1answers@thread.tacv2";

	private static final String PM = "29:1pat-pm";

	private static final String BOB = "29:1bob-builder";

	private static final String ANN = "29:1ann-analyst";

	private static final String STRANGER = "29:1zed-stranger";

	@BeforeEach
	void installAndSetUp() {
		teams.roster(CHANNEL, PM, "Pat PM", BOB, "Bob Builder", ANN, "Ann Analyst");
		setUpStandup(CHANNEL, PM, List.of(BOB, ANN), "Europe/London", "MEMBER", "09:00", "11:00");
		client.send(activities.personal(BOB, "Bob Builder", "hello", "Asia/Kolkata"));
	}

	@Test
	void sendsThePromptWithItsInputsInlineAndExecuteActions() {
		tickAt(FRIDAY_NINE_IN_KOLKATA);
		answer(prompt(BOB), "Wrote the plan", "Build the login page", "none");

		tickAt(NINE_IN_KOLKATA);
		JsonNode prompt = prompt(BOB);

		assertThat(prompt.path("version").asString()).isEqualTo("1.5");
		assertThat(List.of(input(prompt, "q0"), input(prompt, "q1"), input(prompt, "q2")))
			.allSatisfy((input) -> assertThat(input.path("type").asString()).isEqualTo("Input.Text"))
			.allSatisfy((input) -> assertThat(input.path("isMultiline").asBoolean()).isTrue());
		assertThat(input(prompt, "q0").path("value").asString()).isEqualTo("Build the login page");
		JsonNode submit = cardAction(prompt, "Submit");
		assertThat(submit.path("type").asString()).isEqualTo("Action.Execute");
		assertThat(submit.path("verb").asString()).isEqualTo("submit");
		assertThat(submit.path("data").path("nonce").asString()).isNotBlank();
		assertThat(submit.path("data").path("form").path("formId").asString()).isEqualTo("standup.answers");
		assertThat(cardAction(prompt, "Skip today").path("type").asString()).isEqualTo("Action.Execute");
		assertThat(submit.path("fallback").path("type").asString()).as("for clients without Universal Actions")
			.isEqualTo("Action.Submit");
		assertThat(prompt.path("refresh").path("userIds").toString()).isEqualTo("[\"" + BOB + "\"]");
	}

	@Test
	void storesExecutedAnswersAndAnswersWithTheCardShowingThem(CapturedOutput output) {
		tickAt(NINE_IN_KOLKATA);

		HttpResponse<String> response = awaitingDeliveries(() -> client.send(activities.executeInPersonalChat(BOB,
				cardAction(prompt(BOB), "Submit"), Map.of("q0", "Shipped **login**", "q1", "Fix checkout", "q2", "none"))));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode refreshed = invokeCard(response);
		assertThat(texts(refreshed)).contains("Shipped **login**", "Fix checkout", "What did you do yesterday?");
		assertThat(refreshed.findValues("type").stream().map(JsonNode::asString)).doesNotContain("Input.Text",
				"TextBlock", "FactSet");
		assertThat(cardAction(refreshed, "Edit answers").path("type").asString()).isEqualTo("Action.Execute");
		assertThat(storedAnswers()).containsExactly("Shipped **login**", "Fix checkout", "none");

		tickAt(ELEVEN_IN_LONDON);
		assertThat(TeamsStub.card(last(teams.postsTo(CHANNEL))).toString()).contains("Shipped **login**");
		assertNoErrorLogged(output);
	}

	@Test
	void bringsTheInputsBackPreFilledWhenEditIsPressed() {
		tickAt(NINE_IN_KOLKATA);
		JsonNode answered = answer(prompt(BOB), "Shipped login", "Fix checkout", "none");

		JsonNode edit = invokeCard(client.send(activities.executeInPersonalChat(BOB, cardAction(answered, "Edit answers"),
				Map.of())));

		assertThat(input(edit, "q0").path("value").asString()).isEqualTo("Shipped login");
		assertThat(cardAction(edit, "Submit").path("type").asString()).isEqualTo("Action.Execute");
	}

	@Test
	void answersAnInvalidAnswerWithTheCardShowingTheErrorAndStoresNothing(CapturedOutput output) {
		tickAt(NINE_IN_KOLKATA);

		HttpResponse<String> response = client.send(activities.executeInPersonalChat(BOB, cardAction(prompt(BOB), "Submit"),
				Map.of("q0", "", "q1", "Today's plan", "q2", "x".repeat(3001))));

		JsonNode again = invokeCard(response);
		assertThat(input(again, "q1").path("value").asString()).isEqualTo("Today's plan");
		assertThat(again.toString()).contains("Please answer this one").contains("keep it under 3000")
			.contains("\"color\":\"Attention\"");
		assertThat(storedAnswers()).isEmpty();
		assertNoErrorLogged(output);
	}

	@Test
	void answersARefreshWithTheInvokingPersonsOwnView(CapturedOutput output) {
		tickAt(NINE_IN_KOLKATA);
		JsonNode prompt = prompt(BOB);
		awaitingDeliveries(() -> client.send(activities.personal(BOB, "Bob Builder", "Wrote tests\nDeploy\nnone",
				"Asia/Kolkata")));

		JsonNode bobs = invokeCard(client.send(activities.refreshInPersonalChat(BOB, prompt)));
		JsonNode anns = invokeCard(client.send(activities.refreshInPersonalChat(ANN, prompt)));
		JsonNode strangers = invokeCard(client.send(activities.refreshInPersonalChat(STRANGER, prompt)));

		assertThat(texts(bobs)).contains("Wrote tests", "Deploy");
		assertThat(bobs.toString()).doesNotContain("Input.Text");
		assertThat(input(anns, "q0").path("type").asString()).isEqualTo("Input.Text");
		assertThat(anns.toString()).doesNotContain("Wrote tests");
		assertThat(texts(strangers)).anySatisfy((text) -> assertThat(text).startsWith("You are not in"));
		assertNoErrorLogged(output);
	}

	@Test
	void answersAnExecuteFromSomeoneOutsideTheTeamWithACardSayingWhyAndStoresNothing(CapturedOutput output) {
		tickAt(NINE_IN_KOLKATA);

		JsonNode card = invokeCard(client.send(activities.executeInPersonalChat(STRANGER, cardAction(prompt(BOB), "Submit"),
				Map.of("q0", "Sneaky", "q1", "Plan", "q2", "none"))));

		assertThat(texts(card)).anySatisfy((text) -> assertThat(text).startsWith("You are not in"));
		assertThat(storedAnswers()).isEmpty();
		assertNoErrorLogged(output);
	}

	@Test
	void answersSkipWithTheSkippedCard() {
		tickAt(NINE_IN_KOLKATA);

		JsonNode card = invokeCard(awaitingDeliveries(() -> client.send(activities.executeInPersonalChat(BOB,
				cardAction(prompt(BOB), "Skip today"), Map.of()))));

		assertThat(texts(card)).anySatisfy((text) -> assertThat(text).startsWith("Skipped your stand-up"));
		assertThat(jdbc.sql("select count(*) from standup_entry where skipped_at is not null").query(Long.class).single())
			.isOne();
	}

	@Test
	void storesADoubleSubmittedExecuteOnce() {
		tickAt(NINE_IN_KOLKATA);
		JsonNode submit = cardAction(prompt(BOB), "Submit");

		awaitingDeliveries(() -> client.send(activities.executeInPersonalChat(BOB, submit,
				Map.of("q0", "First click", "q1", "Plan", "q2", "none"))));
		HttpResponse<String> second = client.send(activities.executeInPersonalChat(BOB, submit,
				Map.of("q0", "Second click", "q1", "Plan", "q2", "none")));

		assertThat(storedAnswers()).containsExactly("First click", "Plan", "none");
		assertThat(texts(invokeCard(second))).contains("First click").doesNotContain("Second click");
	}

	@Test
	void givesEachTeamMemberTheirOwnViewOfTheChannelSummary(CapturedOutput output) {
		tickAt(NINE_IN_KOLKATA);
		answer(prompt(BOB), "Shipped login", "Fix checkout", "none");
		tickAt(ELEVEN_IN_LONDON);

		JsonNode summary = TeamsStub.card(last(teams.postsTo(CHANNEL)));
		assertThat(summary.path("refresh").path("action").path("type").asString()).isEqualTo("Action.Execute");
		assertThat(summary.path("refresh").path("action").path("verb").asString()).isEqualTo("refresh");
		List<String> userIds = new ArrayList<>();
		summary.path("refresh").path("userIds").forEach((id) -> userIds.add(id.asString()));
		assertThat(userIds).containsExactlyInAnyOrder(BOB, ANN);

		JsonNode bobs = invokeCard(client.send(activities.refreshInChannel(CHANNEL, BOB, summary)));
		JsonNode anns = invokeCard(client.send(activities.refreshInChannel(CHANNEL, ANN, summary)));
		assertThat(texts(bobs)).contains("\u2705 Your answers are in this summary.");
		assertThat(texts(anns)).anySatisfy((text) -> assertThat(text).startsWith("You have not answered yet"));
		JsonNode strangers = invokeCard(client.send(activities.refreshInChannel(CHANNEL, STRANGER, summary)));
		assertThat(texts(strangers)).as("the summary as it is, for someone outside the team")
			.anySatisfy((text) -> assertThat(text).contains("Shipped login"))
			.noneSatisfy((text) -> assertThat(text).startsWith("You"));
		assertNoErrorLogged(output);
	}

	/** Answers the prompt through its Execute submit; returns the card the invoke answered with. */
	private JsonNode answer(JsonNode prompt, String yesterday, String today, String blockers) {
		return invokeCard(awaitingDeliveries(() -> client.send(activities.executeInPersonalChat(BOB,
				cardAction(prompt, "Submit"), Map.of("q0", yesterday, "q1", today, "q2", blockers)))));
	}

	private JsonNode prompt(String user) {
		return last(teams.postsTo("a:personal-" + user)
			.stream()
			.map(TeamsStub::card)
			.filter((card) -> card.toString().contains("Stand-up"))
			.toList());
	}

	private List<String> storedAnswers() {
		return jdbc.sql("select answer from standup_answer order by position").query(String.class).list();
	}

	/** The card of an invoke response, checked to be an Adaptive Card answered with 200. */
	private static JsonNode invokeCard(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.path("statusCode").asInt()).isEqualTo(200);
		assertThat(body.path("type").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
		return body.path("value");
	}

	private static List<String> texts(JsonNode card) {
		List<String> texts = new ArrayList<>();
		card.findValues("text").forEach((text) -> texts.add(text.asString()));
		return texts;
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
