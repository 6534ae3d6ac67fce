package dev.steward.standup;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Telling a blocker from "nothing is blocking me", in the team's language and with the labels people type. */
class BlockersTest {

	@ParameterizedTest
	@ValueSource(strings = { "", "  ", "none", "None.", "no", "NO!", "-", "n/a", "N/A", "nothing", "no blockers",
			"All good", "nope", "B: none", "Blockers: -", "blockers - nothing", "Impediments: n/a", "\u2014" })
	void ignoresTheWaysPeopleSayNothingBlocksThem(String answer) {
		assertThat(Blockers.isBlocker(answer, "en")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Waiting on DB access", "no access to staging", "blocked by legal review", "VPN down",
			"B: VPN down", "Blockers: waiting on legal" })
	void recognisesRealBlockers(String answer) {
		assertThat(Blockers.isBlocker(answer, "en")).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "de, keine, false", "de, Nichts., false", "de, 'Hindernisse: keine', false", "de, alles gut, false",
			"de, Staging-Datenbank kaputt, true", "de, none, false", "es, nada, false", "es, 'Bloqueos: ninguno', false",
			"es, Esperando acceso a la VPN, true", "en, keine, true" })
	void readsNothingInTheTeamsLanguageAndEnglish(String language, String answer, boolean blocker) {
		assertThat(Blockers.isBlocker(answer, language)).isEqualTo(blocker);
	}

}
