package dev.steward.standup;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Telling a blocker from "nothing is blocking me". */
class BlockersTest {

	@ParameterizedTest
	@ValueSource(strings = { "", "  ", "none", "None.", "no", "NO!", "-", "n/a", "N/A", "nothing", "no blockers",
			"All good", "nope" })
	void ignoresTheWaysPeopleSayNothingBlocksThem(String answer) {
		assertThat(Blockers.isBlocker(answer)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Waiting on DB access", "no access to staging", "blocked by legal review", "VPN down" })
	void recognisesRealBlockers(String answer) {
		assertThat(Blockers.isBlocker(answer)).isTrue();
	}

}
