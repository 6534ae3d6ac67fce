package dev.steward.command;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.steward.i18n.Language;
import dev.steward.i18n.Words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared argument grammar: ids, mentions, dates and times, with messages that say what would be right. */
class ArgsTest {

	private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	@Test
	void readsLogIdsOfAnyKindWithOrWithoutPrefix() {
		assertThat(Args.impedimentId("IMP-42")).isEqualTo(42);
		assertThat(Args.impedimentId("imp-7")).isEqualTo(7);
		assertThat(Args.impedimentId("ISS-8")).isEqualTo(8);
		assertThat(Args.impedimentId("cr-9")).isEqualTo(9);
		assertThat(Args.impedimentId("12")).isEqualTo(12);
		assertThatThrownBy(() -> Args.impedimentId("IMP-x")).hasMessageContaining("ids look like IMP-12, ISS-12 or CR-12");
		assertThatThrownBy(() -> Args.impedimentId("XYZ-3")).hasMessageContaining("is not an id of the log");
		assertThatThrownBy(() -> Args.impedimentId("")).hasMessageContaining("Which one?");
	}

	@Test
	void refusesInTheReadersLanguage() {
		assertThatThrownBy(() -> Words.reading(Words.in(Language.DE), () -> Args.date("31.12.", MONDAY)))
			.isInstanceOf(UsageException.class)
			.hasMessage("'31.12.' ist kein Datum. Schreib JJJJ-MM-TT (etwa 2026-11-24), 'heute', 'morgen' oder "
					+ "einen Wochentag wie 'montag'.");
		assertThatThrownBy(() -> Words.reading(Words.in(Language.ES), () -> Args.time("25:99")))
			.hasMessage("'25:99' no es una hora del día. Escríbela como 09:30, 0930, 9:30am o 20:30.");
		assertThatThrownBy(() -> Words.reading(Words.in(Language.DE), () -> Args.impedimentId("")))
			.hasMessageStartingWith("Welcher Eintrag?");
	}

	@Test
	void findsEveryMentionInATextOnce() {
		assertThat(Args.mentionsIn("<@U1> and <@U2>, ask <@U1>")).containsExactly("U1", "U2");
		assertThat(Args.mentionsIn("nobody here")).isEmpty();
	}

	@Test
	void readsNeutralMentions() {
		assertThat(Args.mention("<@U024BE7LH>")).contains("U024BE7LH");
		assertThat(Args.mention("@bob")).isEmpty();
	}

	@Test
	void readsDatesInSeveralForms() {
		assertThat(Args.date("2026-12-01", MONDAY)).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(Args.date("today", MONDAY)).isEqualTo(MONDAY);
		assertThat(Args.date("Tomorrow", MONDAY)).isEqualTo(MONDAY.plusDays(1));
		assertThat(Args.date("fri", MONDAY)).isEqualTo(LocalDate.of(2026, 11, 27));
		assertThat(Args.date("monday", MONDAY)).isEqualTo(MONDAY);
		assertThatThrownBy(() -> Args.date("31/12", MONDAY)).hasMessageContaining("YYYY-MM-DD (like 2026-11-24)");
	}

	@Test
	void readsTheDayWordsOfEveryLanguageStewardSpeaks() {
		assertThat(Args.date("morgen", MONDAY)).isEqualTo(MONDAY.plusDays(1));
		assertThat(Args.date("Ma\u00f1ana", MONDAY)).isEqualTo(MONDAY.plusDays(1));
		assertThat(Args.date("heute", MONDAY)).isEqualTo(MONDAY);
		assertThat(Args.date("Donnerstag", MONDAY)).isEqualTo(LocalDate.of(2026, 11, 26));
		assertThat(Args.date("miercoles", MONDAY)).isEqualTo(LocalDate.of(2026, 11, 25));
		assertThat(Args.date("dom", MONDAY)).isEqualTo(LocalDate.of(2026, 11, 29));
	}

	@Test
	void readsTimesOfDay() {
		assertThat(Args.time("9:30")).isEqualTo(LocalTime.of(9, 30));
		assertThat(Args.time("17:05")).isEqualTo(LocalTime.of(17, 5));
		assertThat(Args.time("0830")).isEqualTo(LocalTime.of(8, 30));
		assertThat(Args.time("830")).isEqualTo(LocalTime.of(8, 30));
		assertThat(Args.time("8:30am")).isEqualTo(LocalTime.of(8, 30));
		assertThat(Args.time("8:30 PM")).isEqualTo(LocalTime.of(20, 30));
		assertThat(Args.time("8pm")).isEqualTo(LocalTime.of(20, 0));
		assertThat(Args.time("12am")).isEqualTo(LocalTime.MIDNIGHT);
		assertThat(Args.time("12pm")).isEqualTo(LocalTime.NOON);
		assertThat(Args.time("20:30")).isEqualTo(LocalTime.of(20, 30));
		assertThat(Args.time("9.30")).isEqualTo(LocalTime.of(9, 30));
		for (String wrong : List.of("25:00", "9", "13pm", "0pm", "9:60", "half past nine", "")) {
			assertThatThrownBy(() -> Args.time(wrong)).as(wrong).hasMessageContaining("like 09:30, 0930, 9:30am");
		}
	}

	@Test
	void splitsWordsAndKeepsTheRest() {
		Args args = Args.parse("  resolve   IMP-3  fixed the   flaky test ");

		assertThat(args.word(0)).isEqualTo("resolve");
		assertThat(args.rest(2)).isEqualTo("fixed the flaky test");
		assertThat(Args.parse("").isEmpty()).isTrue();
	}

}
