package dev.steward.standup;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** When a blocker answer repeats an open impediment's title closely enough to be the same blocker. */
class StandingBlockersTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Staging database is down | staging database down! | true",
			"Waiting for the vendor keys | still waiting for vendor keys | true", "CI is red | CI red again | true",
			"Staging-Datenbank kaputt | staging datenbank kaputt | true", "CI is red | Staging is down | false",
			"Waiting for legal review | Waiting for the design review | false" })
	void readsTheSameBlockerWrittenAgainAsTheSame(String title, String answer, boolean close) {
		assertThat(StandingBlockers.isClose(title, answer)).isEqualTo(close);
	}

}
