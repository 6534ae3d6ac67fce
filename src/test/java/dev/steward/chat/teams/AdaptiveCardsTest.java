package dev.steward.chat.teams;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import dev.steward.chat.Button;
import dev.steward.chat.ChatForm;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.FormField;
import dev.steward.chat.Text;

import static org.assertj.core.api.Assertions.assertThat;

/** The neutral model as Adaptive Cards: no user text becomes markup, buttons and forms route back, size stays low. */
class AdaptiveCardsTest {

	private static final String HOSTILE = "**urgent** _now_ [click](http://evil.example) <at>everyone</at> # title\n- item";

	@Test
	void rendersPlainTextAsTextRunsThatTeamsNeverReadsAsMarkdown() {
		ObjectNode card = AdaptiveCards.message(ChatMessage.builder("fallback")
			.header(HOSTILE)
			.section(Text.builder().bold("Bob").plain(": " + HOSTILE).build(), List.of(Text.plain(HOSTILE)))
			.context(Text.plain(HOSTILE))
			.build(), (id) -> id);

		assertThat(card.path("version").asText()).isEqualTo("1.5");
		assertThat(card.findValues("type").stream().map(JsonNode::asText))
			.doesNotContain("TextBlock", "FactSet")
			.contains("RichTextBlock", "TextRun");
		assertThat(card.findValues("text").stream().map(JsonNode::asText)).contains(HOSTILE, ": " + HOSTILE);
	}

	@Test
	void showsPicturesInlineAsDataUrls() {
		ObjectNode card = AdaptiveCards.message(ChatMessage.builder("digest")
			.image("chart.png", "Open impediments by age", new byte[] { (byte) 0x89, 'P', 'N', 'G' })
			.build(), (id) -> id);

		JsonNode image = card.path("body").get(0);
		assertThat(image.path("type").asText()).isEqualTo("Image");
		assertThat(image.path("url").asText()).isEqualTo("data:image/png;base64,iVBORw==");
		assertThat(image.path("altText").asText()).isEqualTo("Open impediments by age");
	}

	@Test
	void showsMentionsAsTheirNamesWithoutPingingAnyone() {
		ObjectNode card = AdaptiveCards.message(ChatMessage.of(Text.builder().plain("Owner: ").mention("29:1bob").build()),
				(id) -> "29:1bob".equals(id) ? "Bob Builder" : id);

		assertThat(card.findValues("text").stream().map(JsonNode::asText)).contains("@Bob Builder");
		assertThat(card.toString()).doesNotContain("<at>").doesNotContain("29:1bob");
	}

	@Test
	void turnsButtonsIntoSubmitActionsCarryingTheActionAndAFreshNonce() {
		ChatMessage prompt = ChatMessage.builder("Stand-up")
			.buttons(Button.primary("Answer", "standup.answer", "42"), Button.of("Skip today", "standup.skip", "42"))
			.build();

		JsonNode first = AdaptiveCards.message(prompt, (id) -> id).path("body").path(0).path("actions");
		JsonNode second = AdaptiveCards.message(prompt, (id) -> id).path("body").path(0).path("actions");

		assertThat(first.path(0).path("type").asText()).isEqualTo("Action.Submit");
		assertThat(first.path(0).path("style").asText()).isEqualTo("positive");
		assertThat(first.path(0).path("data").path("steward").asText()).isEqualTo("action");
		assertThat(first.path(0).path("data").path("actionId").asText()).isEqualTo("standup.answer");
		assertThat(first.path(1).path("data").path("value").asText()).isEqualTo("42");
		assertThat(first.path(0).path("data").path("nonce").asText()).isNotBlank()
			.isNotEqualTo(second.path(0).path("data").path("nonce").asText());
	}

	@Test
	void rendersFormsWithInputsErrorsAndTheFormItselfInTheSubmitData() {
		ChatForm form = new ChatForm("standup.setup", "Stand-up setup", "Save", "19:c\nTeam", List.of(
				new FormField("members", "Who stands up", FormField.Type.USERS, true, List.of("29:1ann", "29:1zed"),
						null, null),
				new FormField("days", "Days", FormField.Type.MULTI_SELECT, false, List.of("MONDAY", "FRIDAY"),
						List.of(new FormField.Option("MONDAY", "Monday"), new FormField.Option("FRIDAY", "Friday")), null),
				FormField.multiline("questions", "Questions", "One\nTwo", false).withHint("One per line.")));

		ObjectNode card = AdaptiveCards.form(form, Map.of("days", "Pick at least one day."),
				List.of(new TeamsPeople.Person("29:1ann", "Ann Analyst", null, null)));

		JsonNode body = card.path("body");
		assertThat(body.path(1).path("type").asText()).isEqualTo("Input.ChoiceSet");
		assertThat(body.path(1).path("isMultiSelect").asBoolean()).isTrue();
		assertThat(body.path(1).path("value").asText()).isEqualTo("29:1ann,29:1zed");
		assertThat(body.path(1).path("choices").findValuesAsText("title")).containsExactly("Ann Analyst", "29:1zed");
		assertThat(body.path(2).path("value").asText()).isEqualTo("MONDAY,FRIDAY");
		assertThat(body.path(3).path("inlines").path(0).path("color").asText()).isEqualTo("Attention");
		assertThat(body.path(4).path("isMultiline").asBoolean()).isTrue();
		assertThat(body.path(4).path("isRequired").asBoolean()).isTrue();
		JsonNode data = card.path("actions").path(0).path("data");
		assertThat(data.path("steward").asText()).isEqualTo("form");
		assertThat(data.path("form").path("formId").asText()).isEqualTo("standup.setup");
		assertThat(data.path("form").path("context").asText()).isEqualTo("19:c\nTeam");
	}

	@Test
	void givesAMessageWithAViewExecuteActionsAndARefreshForAtMostSixtyReaders() {
		List<String> readers = IntStream.range(0, 70).mapToObj((i) -> "29:1member" + i).toList();
		ChatMessage summary = ChatMessage.builder("Summary")
			.buttons(Button.of("Snooze", "impediment.snooze", "7"))
			.build()
			.viewedThrough(new ChatMessage.View("standup.summary", "42", readers));

		ObjectNode card = AdaptiveCards.message(summary, (id) -> id);

		JsonNode refresh = card.path("refresh");
		assertThat(refresh.path("action").path("type").asText()).isEqualTo("Action.Execute");
		assertThat(refresh.path("action").path("verb").asText()).isEqualTo("refresh");
		assertThat(refresh.path("action").path("data").path("actionId").asText()).isEqualTo("standup.summary");
		assertThat(refresh.path("userIds").size()).isEqualTo(60);
		JsonNode snooze = card.path("body").path(0).path("actions").path(0);
		assertThat(snooze.path("type").asText()).isEqualTo("Action.Execute");
		assertThat(snooze.path("verb").asText()).isEqualTo("action");
		assertThat(snooze.path("associatedInputs").asText()).isEqualTo("none");
		assertThat(snooze.path("data").path("view").path("value").asText()).isEqualTo("42");
		assertThat(snooze.path("fallback").path("type").asText()).isEqualTo("Action.Submit");
	}

	@Test
	void showsAnInlineButtonsFormValuesAsTextRunsWithTheButtonToEditThem() {
		Button edit = Button.of("Edit answers", "standup.answer", "42").showing(Button.Inline.VALUES);
		ChatForm answers = new ChatForm("standup.answers", "Stand-up", "Submit", "42", List.of(
				FormField.multiline("q0", "Yesterday?", HOSTILE, false),
				new FormField("goal", "Goal", FormField.Type.SELECT, true, List.of("g1"),
						List.of(new FormField.Option("g1", "Faster checkout")), null)));
		UniversalActions.Reader reader = new UniversalActions.Reader("29:1bob",
				(button) -> Optional.of(new UniversalActions.Inline(answers, Map.of(), false, List.of())));

		ObjectNode card = AdaptiveCards.message(ChatMessage.builder("Answered").buttons(edit).build(), (id) -> id,
				reader);

		assertThat(card.findValues("type").stream().map(JsonNode::asText)).doesNotContain("TextBlock", "FactSet",
				"Input.Text");
		assertThat(card.findValues("text").stream().map(JsonNode::asText)).containsSubsequence("Yesterday?", HOSTILE,
				"Goal", "Faster checkout");
		assertThat(card.path("body").path(4).path("actions").path(0).path("title").asText()).isEqualTo("Edit answers");
		assertThat(card.has("refresh")).isFalse();
	}

	@Test
	void dropsTrailingPartsOfACardTooBigForTeamsAndSaysSo() {
		ChatMessage.Builder huge = ChatMessage.builder("summary");
		for (int i = 0; i < 60; i++) {
			huge.section(Text.plain("x".repeat(3000)));
		}

		ObjectNode card = AdaptiveCards.message(huge.build(), (id) -> id);

		assertThat(card.toString().length()).isLessThan(AdaptiveCards.MAX_CARD_CHARS + 200);
		assertThat(card.toString()).contains("more parts not shown");
	}

}
