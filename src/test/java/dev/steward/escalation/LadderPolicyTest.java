package dev.steward.escalation;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.steward.command.UsageException;
import dev.steward.i18n.Language;
import dev.steward.i18n.Words;
import dev.steward.impediment.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading and checking ladders, and how severity shortens thresholds. */
class LadderPolicyTest {

	private static final Duration DAY = Duration.ofHours(8);

	@Test
	void readsRungsWithWorkingHoursAndDays() {
		assertThat(LadderPolicy.parseRungs("4h owner, 1d pms, 2d channel, 4d stakeholders", DAY))
			.extracting(LadderPolicy.Rung::spec)
			.containsExactly("4h owner", "1d pms", "2d channel", "4d stakeholders");
	}

	@Test
	void refusesRungsOutOfOrderZeroThresholdsUnknownTargetsAndTooMany() {
		assertThatThrownBy(() -> LadderPolicy.parseRungs("1d pms, 4h owner", DAY)).isInstanceOf(UsageException.class)
			.hasMessageContaining("Rungs must climb");
		assertThatThrownBy(() -> LadderPolicy.parseRungs("0h owner", DAY)).hasMessageContaining("zero");
		assertThatThrownBy(() -> LadderPolicy.parseRungs("4h boss", DAY)).hasMessageContaining("not a target");
		assertThatThrownBy(() -> LadderPolicy.parseRungs("soon owner", DAY)).hasMessageContaining("not a rung");
		assertThatThrownBy(() -> LadderPolicy.parseRungs("1h owner, 2h pms, 3h pms, 4h pms, 5h pms, 6h pms, 7h pms",
				DAY)).hasMessageContaining("1 to 6 rungs");
		assertThatThrownBy(() -> LadderPolicy.parseRungs("8h owner, 1d pms", DAY)).hasMessageContaining("climb");
	}

	@Test
	void highSeverityAndThreatenedGoalsClimbFaster() {
		LadderPolicy policy = LadderPolicy.defaults();

		assertThat(policy.threshold(2, Severity.MEDIUM, false, DAY)).isEqualTo(Duration.ofHours(8));
		assertThat(policy.threshold(2, Severity.HIGH, false, DAY)).isEqualTo(Duration.ofHours(4));
		assertThat(policy.threshold(1, Severity.LOW, false, DAY)).isEqualTo(Duration.ofHours(4));
		assertThat(policy.threshold(2, Severity.MEDIUM, true, DAY)).as("puts a goal at risk").isEqualTo(Duration.ofHours(4));
		assertThat(policy.threshold(2, Severity.HIGH, true, DAY)).isEqualTo(Duration.ofHours(2));
	}

	@Test
	void explainsAShortenedThresholdInTheReadersLanguageWithPlurals() {
		LadderPolicy policy = LadderPolicy.defaults();

		assertThat(policy.explainThreshold(Words.ENGLISH, 4, Severity.HIGH, true, DAY))
			.isEqualTo("1 working day (the ladder says 4 working days; halved for high severity, and halved because it "
					+ "puts a value goal at risk)");
		assertThat(policy.explainThreshold(Words.in(Language.DE), 4, Severity.HIGH, true, DAY))
			.isEqualTo("1 Arbeitstag (laut Leiter 4 Arbeitstage; halbiert wegen hoher Schwere und halbiert, weil "
					+ "es ein Wertziel gef\u00e4hrdet)");
		assertThat(policy.explainThreshold(Words.in(Language.ES), 1, Severity.MEDIUM, false, DAY))
			.isEqualTo("4 horas laborables");
		assertThat(policy.rungs().get(1).describe(Words.in(Language.DE))).isEqualTo("die PMs (Schwelle: 1 Arbeitstag)");
	}

	@Test
	void refusesABadLadderInTheActorsLanguage() {
		assertThatThrownBy(() -> Words.reading(Words.in(Language.DE), () -> LadderPolicy.parseRungs("0h owner", DAY)))
			.hasMessage("Eine Schwelle von null w\u00fcrde sofort eskalieren; nimm mindestens 1h.");
	}

}
