package dev.steward.chat;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A bundle's {@code *bold*} runs become bold spans, and the rest stays plain text. */
class MarkedTextTest {

	@Test
	void readsStarredRunsAsBold() {
		assertThat(MarkedText.of("Type *standup help* or *impediment help* here.").spans()).containsExactly(
				new Text.Span(Text.Style.PLAIN, "Type "), new Text.Span(Text.Style.BOLD, "standup help"),
				new Text.Span(Text.Style.PLAIN, " or "), new Text.Span(Text.Style.BOLD, "impediment help"),
				new Text.Span(Text.Style.PLAIN, " here."));
	}

	@Test
	void keepsAnUnpairedStarAsItIs() {
		assertThat(MarkedText.of("5 * 3").spans()).isEqualTo(List.of(new Text.Span(Text.Style.PLAIN, "5 * 3")));
		assertThat(MarkedText.of("*Hallo.*").spans()).containsExactly(new Text.Span(Text.Style.BOLD, "Hallo."));
	}

}
