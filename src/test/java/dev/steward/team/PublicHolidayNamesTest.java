package dev.steward.team;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.steward.i18n.Language;
import dev.steward.i18n.Words;

import static org.assertj.core.api.Assertions.assertThat;

/** Public holidays and their country are named in the reader's language where the library has the names. */
class PublicHolidayNamesTest {

	private static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25);

	private final PublicHolidays bavaria = PublicHolidays.of("de", "by");

	@Test
	void aGermanReaderGetsGermanHolidayAndCountryNames() {
		Words german = Words.in(Language.DE);
		assertThat(bavaria.nameOf(CHRISTMAS, german)).hasValue("1. Weihnachtsfeiertag");
		assertThat(bavaria.between(CHRISTMAS, CHRISTMAS, german)).containsValue("1. Weihnachtsfeiertag");
		assertThat(bavaria.describe(german)).isEqualTo("Deutschland (by)");
	}

	@Test
	void englishNamesStayAsTheyWere() {
		assertThat(bavaria.nameOf(CHRISTMAS)).hasValue("1st Christmas day");
		assertThat(bavaria.describe()).isEqualTo("Germany (by)");
		assertThat(PublicHolidays.none().describe()).isEqualTo("none");
	}

	@Test
	void aSpanishReaderGetsEnglishHolidayNamesTheLibraryLacksButASpanishCountryName() {
		Words spanish = Words.in(Language.ES);
		assertThat(bavaria.nameOf(CHRISTMAS, spanish)).hasValue("1st Christmas day");
		assertThat(bavaria.describe(spanish)).isEqualTo("Alemania (by)");
		assertThat(PublicHolidays.none().describe(spanish)).isEqualTo("ninguno");
	}

}
