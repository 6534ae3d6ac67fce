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
 * The prompt and reminder tell the truth over Slack: once answered they say so without Answer or Skip, the "Edit
 * answers" button goes when the summary does, and a skip shows on the prompt however it was made.
 */
class PromptStaysTrueOverSlackTest extends SlackEdgeTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@BeforeEach
	void team() {
		clock.freezeAt(berlin("2026-11-23T08:00"));
		setUpStandup("C1", "U0PM", List.of("U0ANN", "U0BOB"), "Europe/Berlin", "TEAM", "09:00", "11:00");
		tickAt(berlin("2026-11-23T09:00"));
	}

	@Test
	void anAnsweredPromptAndItsReminderShowAnsweredAndLoseTheirEditButtonWithTheSummary() {
		tickAt(berlin("2026-11-23T10:00"));
		assertThat(slack.postsTo("U0ANN")).hasSize(2);
		String runId = Blocks.buttonValue(slack.postsTo("U0ANN").get(0), "standup.answer");

		awaitingDeliveries(() -> client.interaction(SlackPayloads.submission("U0ANN", "standup.answers", runId,
				Map.of("q0", List.of("Specs"), "q1", List.of("Tests"), "q2", List.of("none")), List.of(), List.of(),
				List.of())));

		List<Map<String, String>> answered = updates("is in. You can change it until the summary goes out.");
		assertThat(answered).as("the prompt and the reminder").hasSize(2).allSatisfy((update) -> assertThat(
				update.get("blocks")).contains("standup.answer").contains("Edit answers").doesNotContain("Skip today"));

		tickAt(berlin("2026-11-23T11:00"));
		assertThat(updates("is in the team's summary.")).hasSize(2)
			.allSatisfy((update) -> assertThat(update.get("blocks")).doesNotContain("\"actions\""));
		assertThat(updates("is in the team's summary.")).noneSatisfy(
				(update) -> assertThat(update.get("blocks")).contains("Edit answers"));
	}

	@Test
	void aSkipByCommandShowsOnThePrompt() {
		assertThat(Blocks.tree(client.command("/standup", "skip", "U0BOB", "C1", "team-C1").body()).path("text")
			.asString()).contains("Skipped your stand-up for Mon 23 Nov");
		awaitQueuedDeliveries();

		assertThat(updates("Skipped your stand-up for Mon 23 Nov")).singleElement()
			.satisfies((update) -> assertThat(update.get("blocks")).doesNotContain("standup.answer"));
	}

	private List<Map<String, String>> updates(String text) {
		return slack.calls("chat.update").stream().filter((update) -> update.get("text").contains(text)).toList();
	}

	private static Instant berlin(String time) {
		return LocalDateTime.parse(time).atZone(BERLIN).toInstant();
	}

}
