package dev.steward.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.steward.chat.Platform;
import dev.steward.i18n.Language;
import dev.steward.i18n.Words;
import dev.steward.team.Team;

import static org.assertj.core.api.Assertions.assertThat;

/** The digest's issue and change-request lines, counted and worded in the reader's language. */
class DigestExecutionLinesTest {

	private static final Instant END = Instant.parse("2026-11-30T07:00:00Z");

	private final Digest digest = digest(new Digest.Execution(new DigestQueries.IssueCounts(3, 1, 2, 1),
			List.of(new DigestQueries.DecidedChange(1, "CR-7", "Drop IE", "approved", "Checkout under 2 s"),
					new DigestQueries.DecidedChange(1, "CR-8", "New font", "approved", null)),
			1));

	@Test
	void englishLinesStayAsTheyWere() {
		assertThat(DigestMessages.execution(digest)).containsExactly(
				"#alpha \u00b7 issues: 3 logged, 1 resolved, 2 open (1 escalated)",
				"#alpha \u00b7 2 change requests approved this period; 1 affects goal 'Checkout under 2 s': "
						+ "CR-7 Drop IE, CR-8 New font",
				"#alpha \u00b7 1 change request waiting for a decision");
	}

	@Test
	void germanLinesCountInGerman() {
		assertThat(DigestMessages.execution(digest, Words.in(Language.DE))).containsExactly(
				"#alpha \u00b7 Issues: 3 erfasst, 1 gelöst, 2 offen (1 eskaliert)",
				"#alpha \u00b7 2 Änderungsanträge in diesem Zeitraum genehmigt; 1 betrifft Ziel \u201eCheckout under 2 s\u201c: "
						+ "CR-7 Drop IE, CR-8 New font",
				"#alpha \u00b7 1 Änderungsantrag wartet auf eine Entscheidung");
	}

	@Test
	void spanishLinesAgreeWithTheirCount() {
		assertThat(DigestMessages.execution(digest, Words.in(Language.ES))).contains(
				"#alpha \u00b7 2 solicitudes de cambio aprobadas en este periodo; 1 afecta al objetivo "
						+ "\u00abCheckout under 2 s\u00bb: CR-7 Drop IE, CR-8 New font",
				"#alpha \u00b7 1 solicitud de cambio espera una decisión");
	}

	private static Digest digest(Digest.Execution execution) {
		Team team = new Team(1, Platform.SLACK, "T1", "C1", "#alpha", ZoneId.of("Europe/Berlin"));
		Digest.TeamFigures figures = new Digest.TeamFigures(team, 1, 2, 2, List.of(), List.of(), 0, List.of(),
				List.of(), 0, Optional.empty(), List.of(), Optional.empty(), execution);
		return new Digest(new Period("p", END.minus(Duration.ofDays(1)), END), false, List.of(figures), List.of(),
				Optional.empty());
	}

}
