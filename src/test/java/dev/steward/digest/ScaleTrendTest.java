package dev.steward.digest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How the digest words a team's average score and its change on the period before. */
class ScaleTrendTest {

	@ParameterizedTest
	@CsvSource(delimiter = ';', nullValues = "null", value = {
			"3.333; 3.667; mood 3.3, \u2193 0.3 on the period before",
			"4.0; 3.5; mood 4.0, \u2191 0.5 on the period before",
			"3.52; 3.49; mood 3.5, unchanged on the period before",
			"2.0; null; mood 2.0, no earlier scores" })
	void saysTheAverageAndItsChange(double average, Double earlier, String line) {
		assertThat(new Digest.ScaleTrend(1, "mood", average, earlier).line()).isEqualTo(line);
	}

}
