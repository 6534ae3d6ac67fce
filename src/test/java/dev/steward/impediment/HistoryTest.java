package dev.steward.impediment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.steward.i18n.Language;
import dev.steward.i18n.Words;

import static org.assertj.core.api.Assertions.assertThat;

/** History lines shown from their stored phrase: the English sentence exactly as stored, and in other languages. */
class HistoryTest {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Test
	void aLineAnotherFeatureWroteInEveryLanguageIsStoredInEnglishAndShownInTheReaders() {
		Impediment impediment = opened(LogKind.IMPEDIMENT);
		impediment.escalate(2, "steward", NOW, "Escalated to rung 2", History.written((words) -> words
			.language() == Language.DE ? "Eskaliert auf Stufe 2" : "Escalated to rung 2"));
		ImpedimentEvent event = impediment.drainEvents().get(0);

		assertThat(event.detail()).isEqualTo("Escalated to rung 2");
		assertThat(History.text(event, Words.in(Language.DE))).isEqualTo("Eskaliert auf Stufe 2");
		assertThat(History.text(event, Words.ENGLISH)).isEqualTo("Escalated to rung 2");
		assertThat(History.written((words) -> "x".repeat(700))).as("too long for the column: English shown").isNull();
	}

	@Test
	void everyPhraseReadsInEnglishExactlyAsTheStoredSentence() {
		List<ImpedimentEvent> events = new ArrayList<>();
		Impediment impediment = opened(LogKind.IMPEDIMENT);
		impediment.assign("U2", "U1", NOW);
		impediment.changeSeverity(Severity.HIGH, "U1", NOW);
		impediment.changeDueDate(LocalDate.of(2026, 11, 27), "U1", NOW);
		impediment.changeDueDate(null, "U1", NOW);
		impediment.comment("Waiting for <@U3>", "U1", NOW);
		impediment.requestUpdate("U3", NOW);
		impediment.snooze(NOW.plus(Duration.ofDays(1)), BERLIN, "U1", NOW);
		impediment.snooze(Instant.parse("2027-01-04T08:00:00Z"), BERLIN, "U1", NOW);
		impediment.wake("steward", NOW.plusSeconds(60), Duration.ZERO);
		impediment.linked(TrackerLink.of("https://example.atlassian.net/browse/OPS-7"), "U1", NOW);
		impediment.resolve("U1", "fixed", NOW, Duration.ZERO);
		impediment.reopen("U1", NOW);
		impediment.resolve("U1", null, NOW, Duration.ZERO);
		events.addAll(impediment.drainEvents());
		Impediment request = opened(LogKind.CHANGE_REQUEST);
		request.assess("Two days", EnumSet.of(ChangeArea.SCOPE, ChangeArea.COST), "PM", NOW);
		request.decide(Decision.DEFERRED, "next sprint", "PM", NOW);
		request.reopen("PM", NOW);
		request.assess("One day", Set.of(), "PM", NOW);
		request.decide(Decision.APPROVED, "worth it", "PM", NOW);
		events.addAll(request.drainEvents());
		Impediment issue = opened(LogKind.ISSUE);
		Impediment other = opened(2, LogKind.ISSUE);
		issue.changeImpact("EU checkout is slow", "U1", NOW);
		other.mergeInto(issue, "U1", NOW);
		events.addAll(issue.drainEvents());
		events.addAll(other.drainEvents());
		events.add(ImpedimentLog.opened(NOW, LogKind.IMPEDIMENT, "U1", "U2", Severity.LOW, null));
		events.add(ImpedimentLog.opened(NOW, LogKind.CHANGE_REQUEST, "U1", "U1", Severity.HIGH, "two days"));

		assertThat(events).hasSize(23).allSatisfy((event) -> {
			assertThat(event.args()).isNotNull();
			assertThat(History.text(event, Words.ENGLISH)).isEqualTo(event.detail());
		});
	}

	@Test
	void aPhraseReadsInTheReadersLanguageWithItsWordsTranslated() {
		Impediment impediment = opened(LogKind.IMPEDIMENT);
		impediment.changeSeverity(Severity.HIGH, "U1", NOW);
		impediment.snooze(Instant.parse("2026-12-24T08:00:00Z"), BERLIN, "U1", NOW);
		List<ImpedimentEvent> events = impediment.drainEvents();

		Words german = Words.in(Language.DE);
		assertThat(History.text(events.get(0), german)).isEqualTo("Schwere von mittel auf hoch geändert");
		assertThat(History.text(events.get(1), german)).isEqualTo("Zurückgestellt bis Do., 24. Dez. 09:00 "
				+ "(Europe/Berlin)");
		assertThat(History.text(events.get(0), Words.in(Language.ES))).isEqualTo("Gravedad cambiada de media a alta");
	}

	@Test
	void aLineWrittenBeforePhrasesWereKeptShowsItsStoredSentence() {
		ImpedimentEvent old = new ImpedimentEvent(NOW, "U1", "ESCALATED", "Escalated to the PM");

		assertThat(History.text(old, Words.in(Language.DE))).isEqualTo("Escalated to the PM");
	}

	private static Impediment opened(LogKind kind) {
		return opened(1, kind);
	}

	private static Impediment opened(long id, LogKind kind) {
		return Impediment.opened(id, 1, kind, "CI is red", "U1", "U1", Severity.MEDIUM, null, NOW,
				Impediment.Details.NONE);
	}

}
