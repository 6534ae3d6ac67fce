package dev.steward.command;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.steward.i18n.Language;
import dev.steward.i18n.Words;

import static org.assertj.core.api.Assertions.assertThat;

/** "Did you mean": typos of a command or option find what was meant, and unrelated words find nothing. */
class SuggestionsTest {

	private static final List<String> COMMANDS = List.of("standup", "impediment", "sprint", "lesson", "digest");

	@Test
	void findsTheCommandBehindATypo() {
		assertThat(Suggestions.closest("impedment", COMMANDS)).contains("impediment");
		assertThat(Suggestions.closest("stnadup", COMMANDS)).contains("standup");
		assertThat(Suggestions.closest("DIGEST", COMMANDS)).contains("digest");
		assertThat(Suggestions.didYouMean("lgo", List.of("log", "list"), "/impediment ")).isEqualTo(
				" Did you mean /impediment log?");
	}

	@Test
	void asksDidYouMeanInTheReadersWords() {
		assertThat(Suggestions.didYouMean(Words.in(Language.DE), "lgo", List.of("log"), "/impediment "))
			.isEqualTo(" Meintest du /impediment log?");
		assertThat(Suggestions.didYouMean(Words.in(Language.ES), "lgo", List.of("log"), "/impediment "))
			.isEqualTo(" ¿Querías decir /impediment log?");
	}

	@Test
	void suggestsNothingForAWordThatIsNotCloseToAny() {
		assertThat(Suggestions.closest("frobnicate", COMMANDS)).isEmpty();
		assertThat(Suggestions.closest("xy", List.of("log"))).isEmpty();
		assertThat(Suggestions.didYouMean("dance", COMMANDS, "/")).isEmpty();
	}

}
