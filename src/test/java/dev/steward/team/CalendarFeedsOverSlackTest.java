package dev.steward.team;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.chat.Platform;
import dev.steward.support.Blocks;
import dev.steward.support.SlackEdgeTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calendar feeds over Slack, with WireMock serving the calendars: a person's out-of-office event stops their prompt
 * and shows them away, a reading replaces what the calendar gave before and leaves hand-entered leave alone, a team's
 * calendar gives holidays, and a failing feed is reported to its owner once per run of failures.
 */
@TestPropertySource(properties = "steward.calendar-feeds.allow-private=true")
class CalendarFeedsOverSlackTest extends SlackEdgeTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final WireMockServer calendars = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static {
		calendars.start();
	}

	@AfterAll
	static void stopCalendars() {
		calendars.stop();
	}

	@Autowired
	private TeamRepository teams;

	@BeforeEach
	void team() {
		calendars.resetAll();
		clock.freezeAt(berlin("2026-11-23T08:00"));
		setUpStandup("C1", "U0PM", List.of("U0ANN", "U0BOB"), "Europe/Berlin", "TEAM", "09:00", "11:00");
	}

	@Test
	void anOutOfOfficeEventTomorrowStopsThatPersonsPromptAndShowsThemAway() {
		serve("/ann-secret-7f3a/basic.ics", allDay("20261124", "20261125", "OOO"));
		String reply = command("away calendar " + url("/ann-secret-7f3a/basic.ics"), "U0ANN");
		assertThat(reply).contains("I'll read your calendar (localhost\u2026)").doesNotContain("ann-secret-7f3a");

		tickAt(berlin("2026-11-23T08:01"));
		assertThat(command("away list", "U0ANN")).contains("Tue 24 Nov (from your calendar)");
		assertThat(command("away calendar", "U0ANN")).contains("localhost\u2026 (last read")
			.doesNotContain("ann-secret-7f3a");

		tickAt(berlin("2026-11-24T09:00"));
		assertThat(slack.postsTo("U0ANN")).as("away tomorrow by the calendar, so not prompted").isEmpty();
		assertThat(slack.postsTo("U0BOB")).hasSize(1);
		tickAt(berlin("2026-11-24T11:00"));
		assertThat(slack.summariesIn("C1").stream().map((summary) -> summary.get("blocks"))
			.filter((blocks) -> blocks.contains("Tue 24 Nov"))).singleElement().asString()
			.contains("1 away", "Away:* U0ANN");
	}

	@Test
	void eachReadingReplacesWhatTheCalendarGaveAndLeavesHandEnteredLeaveAlone() {
		assertThat(command("away 2026-11-26 2026-11-27", "U0ANN")).contains("Enjoy your time off");
		serve("/ann.ics", allDay("20261124", "20261125", "Vacation") + allDay("20261126", "20261127", "Vacation"));
		command("away calendar " + url("/ann.ics"), "U0ANN");
		tickAt(berlin("2026-11-23T08:01"));
		assertThat(leave()).containsExactly("2026-11-24..2026-11-24 calendar", "2026-11-26..2026-11-27 hand");

		serve("/ann.ics", allDay("20261130", "20261202", "Vacation"));
		tickAt(berlin("2026-11-23T09:30"));
		assertThat(leave()).containsExactly("2026-11-26..2026-11-27 hand", "2026-11-30..2026-12-01 calendar");
		assertThat(command("away cancel 2026-11-30", "U0ANN")).contains("comes from your calendar");
		assertThat(command("away 2026-12-01 2026-12-02", "U0ANN")).as("leave by hand wins over the calendar's")
			.contains("Enjoy your time off");
		assertThat(leave()).containsExactly("2026-11-26..2026-11-27 hand", "2026-11-30..2026-11-30 calendar",
				"2026-12-01..2026-12-02 hand");

		assertThat(command("away calendar off", "U0ANN")).contains("no longer read your calendar");
		assertThat(leave()).containsExactly("2026-11-26..2026-11-27 hand", "2026-12-01..2026-12-02 hand");
	}

	@Test
	void aTeamCalendarGivesHolidaysAndOnlyAPmSetsIt() {
		serve("/team.ics", allDay("20261124", "20261125", "Team holiday"));
		assertThat(command("holidays calendar " + url("/team.ics"), "U0ANN")).contains("PM");
		assertThat(command("holidays calendar " + url("/team.ics"), "U0PM")).contains("I'll read the calendar of");

		tickAt(berlin("2026-11-23T08:01"));
		assertThat(command("holidays", "U0ANN")).contains("Tue 24 Nov \u00b7 Team holiday");
		tickAt(berlin("2026-11-24T09:00"));
		assertThat(slack.postsTo("U0ANN")).as("a holiday, so no stand-up").isEmpty();
		assertThat(slack.postsTo("U0BOB")).isEmpty();
	}

	@Test
	void aFailingFeedIsReportedToItsOwnerOnceUntilItHasWorkedAgain() {
		serve("/ann.ics", allDay("20261125", "20261126", "OOO"));
		command("away calendar " + url("/ann.ics"), "U0ANN");
		tickAt(berlin("2026-11-23T08:01"));
		calendars.stubFor(get(urlEqualTo("/ann.ics")).willReturn(aResponse().withStatus(500)));

		tickAt(berlin("2026-11-23T09:02"));
		tickAt(berlin("2026-11-23T10:03"));
		tickAt(berlin("2026-11-23T11:04"));
		assertThat(reports()).hasSize(1);
		assertThat(reports().get(0)).contains("localhost\u2026").contains("it answered HTTP 500")
			.doesNotContain("/ann.ics");
		assertThat(leave()).as("the last good reading stays").containsExactly("2026-11-25..2026-11-25 calendar");
		assertThat(command("away calendar", "U0ANN")).contains("couldn't read it since Mon 23 Nov 09:02");

		serve("/ann.ics", allDay("20261125", "20261126", "OOO"));
		tickAt(berlin("2026-11-23T12:05"));
		assertThat(reports()).hasSize(1);
		calendars.stubFor(get(urlEqualTo("/ann.ics")).willReturn(aResponse().withStatus(500)));
		tickAt(berlin("2026-11-23T13:06"));
		assertThat(reports()).hasSize(2);
	}

	@Test
	void aGermanMembersFailingFeedIsReportedToThemInGerman() {
		teams.setPersonLanguage(Platform.SLACK, "T1", "U0ANN", "de");
		calendars.stubFor(get(urlEqualTo("/ann.ics")).willReturn(aResponse().withStatus(500)));
		command("away calendar " + url("/ann.ics"), "U0ANN");

		tickAt(berlin("2026-11-23T08:01"));

		awaitQueuedDeliveries();
		assertThat(slack.postsTo("U0ANN").stream().map((post) -> post.get("text"))
			.filter((text) -> text.startsWith("Ich konnte deinen Kalender nicht lesen"))).singleElement()
			.asString()
			.contains("(localhost\u2026): er antwortete mit HTTP 500")
			.contains("Ich behalte die Abwesenheiten")
			.contains("/standup away calendar off");
	}

	private List<String> reports() {
		return slack.postsTo("U0ANN").stream().map((post) -> post.get("text"))
			.filter((text) -> text.contains("I couldn't read your calendar"))
			.toList();
	}

	private List<String> leave() {
		return jdbc.sql("select l.first_day, l.last_day, l.from_calendar from member_leave l join member m "
				+ "on m.id = l.member_id where m.user_id = 'U0ANN' order by l.first_day")
			.query((rs, row) -> rs.getString("first_day") + ".." + rs.getString("last_day") + " "
					+ (rs.getBoolean("from_calendar") ? "calendar" : "hand"))
			.list();
	}

	private static void serve(String path, String events) {
		calendars.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/calendar; charset=utf-8")
			.withBody("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
					+ events + "END:VCALENDAR\r\n")));
	}

	private static String allDay(String first, String end, String title) {
		return "BEGIN:VEVENT\r\nUID:" + first + "-" + title.hashCode() + "@example.com\r\nDTSTAMP:20261101T000000Z\r\n"
				+ "DTSTART;VALUE=DATE:" + first + "\r\nDTEND;VALUE=DATE:" + end + "\r\nSUMMARY:" + title
				+ "\r\nEND:VEVENT\r\n";
	}

	private static String url(String path) {
		return "http://localhost:" + calendars.port() + path;
	}

	private String command(String text, String user) {
		return Blocks.tree(client.command("/standup", text, user, "C1", "team-C1").body()).path("text").asString();
	}

	private static Instant berlin(String time) {
		return LocalDateTime.parse(time).atZone(BERLIN).toInstant();
	}

}
