package dev.steward.team;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which events of a calendar mean someone is away: a recurring all-day "Vacation", an Outlook out-of-office event
 * (only on the days it covers long enough), never an ordinary meeting, a cancelled event or a short appointment.
 */
class IcsAbsencesTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final IcsAbsences absences = new IcsAbsences(
			List.of("OOO", "out of office", "vacation", "holiday", "leave"), Duration.ofHours(4));

	@Test
	void aRecurringAllDayVacationAndAnOutOfOfficeEventAreAwayButAMeetingIsNot() throws Exception {
		SortedMap<LocalDate, String> away = absences.read(calendar("mixed.ics"), BERLIN, LocalDate.of(2026, 11, 30),
				LocalDate.of(2027, 2, 28));

		assertThat(away).containsOnlyKeys(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2),
				LocalDate.of(2026, 12, 4), LocalDate.of(2027, 2, 4));
		assertThat(away.get(LocalDate.of(2026, 12, 4))).isEqualTo("Vacation");
		assertThat(away.get(LocalDate.of(2026, 12, 1))).isEqualTo("Family matters");
	}

	@Test
	void recurrenceIsExpandedOnlyOverTheWindowAskedFor() throws Exception {
		SortedMap<LocalDate, String> away = absences.read(calendar("mixed.ics"), BERLIN, LocalDate.of(2027, 3, 1),
				LocalDate.of(2027, 5, 31));

		assertThat(away).containsOnlyKeys(LocalDate.of(2027, 3, 4), LocalDate.of(2027, 4, 4), LocalDate.of(2027, 5, 4));
	}

	@Test
	void wordsCountOnlyAsWholeWordsInAllDayEvents() throws Exception {
		String ics = event("DTSTART;VALUE=DATE:20261207", "DTEND;VALUE=DATE:20261208", "SUMMARY:Leaves of absence talk")
				+ event("DTSTART;VALUE=DATE:20261209", "DTEND;VALUE=DATE:20261211", "SUMMARY:ooo - skiing")
				+ event("DTSTART:20261214T090000Z", "DTEND:20261214T170000Z", "SUMMARY:Vacation planning");

		assertThat(absences.read(wrap(ics), BERLIN, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)))
			.containsOnlyKeys(LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 10));
	}

	@Test
	void aRecurringVacationMovedOrCancelledOnceIsAwayOnlyWhereItTakesPlace() throws Exception {
		String weekly = "UID:fridays@example.com\r\nDTSTAMP:20261101T000000Z\r\n";
		String ics = "BEGIN:VEVENT\r\n" + weekly + "SUMMARY:Vacation\r\nDTSTART;VALUE=DATE:20261204\r\n"
				+ "DTEND;VALUE=DATE:20261205\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\nEND:VEVENT\r\n"
				+ "BEGIN:VEVENT\r\n" + weekly + "RECURRENCE-ID;VALUE=DATE:20261211\r\nSUMMARY:Vacation\r\n"
				+ "DTSTART;VALUE=DATE:20261210\r\nDTEND;VALUE=DATE:20261211\r\nEND:VEVENT\r\n"
				+ "BEGIN:VEVENT\r\n" + weekly + "RECURRENCE-ID;VALUE=DATE:20261218\r\nSTATUS:CANCELLED\r\n"
				+ "SUMMARY:Vacation\r\nDTSTART;VALUE=DATE:20261218\r\nDTEND;VALUE=DATE:20261219\r\nEND:VEVENT\r\n";

		assertThat(absences.read(wrap(ics), BERLIN, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)))
			.containsOnlyKeys(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 10));
	}

	@Test
	void textThatIsNotACalendarIsUnreadable() {
		assertThatThrownBy(() -> absences.read(new ByteArrayInputStream("<html>Sign in</html>".getBytes(
				StandardCharsets.UTF_8)), BERLIN, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)))
			.isInstanceOf(IcsAbsences.Unreadable.class)
			.hasMessageStartingWith("is not a calendar");
	}

	private static InputStream calendar(String name) {
		return IcsAbsencesTest.class.getResourceAsStream("/calendar/" + name);
	}

	private static String event(String... lines) {
		return "BEGIN:VEVENT\r\nUID:" + lines[0].hashCode() + "@example.com\r\nDTSTAMP:20261101T000000Z\r\n"
				+ String.join("\r\n", lines) + "\r\nEND:VEVENT\r\n";
	}

	private static InputStream wrap(String events) {
		return new ByteArrayInputStream(("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + events
				+ "END:VCALENDAR\r\n").getBytes(StandardCharsets.UTF_8));
	}

}
