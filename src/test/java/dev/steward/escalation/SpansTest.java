package dev.steward.escalation;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.steward.i18n.Language;
import dev.steward.i18n.Words;

import static org.assertj.core.api.Assertions.assertThat;

/** Working-time thresholds written in each language, in words, with proper plurals. */
class SpansTest {

	private static final Duration DAY = Duration.ofHours(8);

	@Test
	void writesThresholdsInWordsWithPlurals() {
		assertThat(Spans.words(Words.ENGLISH, DAY.plusHours(4), DAY)).isEqualTo("1 working day 4 hours");
		assertThat(Spans.words(Words.ENGLISH, Duration.ofMinutes(30), DAY)).isEqualTo("30 working minutes");
		assertThat(Spans.words(Words.in(Language.DE), DAY.multipliedBy(2), DAY)).isEqualTo("2 Arbeitstage");
		assertThat(Spans.words(Words.in(Language.DE), Duration.ofHours(1), DAY)).isEqualTo("1 Arbeitsstunde");
		assertThat(Spans.words(Words.in(Language.ES), DAY.plusHours(1), DAY)).isEqualTo("1 d\u00eda laborable 1 hora");
	}

}
