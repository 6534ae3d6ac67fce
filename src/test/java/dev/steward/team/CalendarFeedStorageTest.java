package dev.steward.team;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.chat.Platform;
import dev.steward.support.StorageTest;
import dev.steward.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calendar feeds and what they give, in the database: one feed per person and one per team, due by their next reading,
 * a run of failures started once, and leave and holidays from a calendar replaced from a day on without touching rows
 * entered by hand or days gone by.
 */
class CalendarFeedStorageTest extends StorageTest {

	private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private TeamRepository teams;

	private CalendarFeedRepository feeds;

	private CalendarRepository calendars;

	private Team team;

	private Member ann;

	@BeforeEach
	void empty() {
		TestDatabase.clean(jdbc);
		teams = new TeamRepository(jdbc);
		feeds = new CalendarFeedRepository(jdbc);
		calendars = new CalendarRepository(jdbc);
		team = teams.create(Platform.SLACK, "T1", "C1", "#core", ZoneId.of("UTC"), Instant.EPOCH);
		ann = teams.addMember(team.id(), "U1", "Ann", Role.MEMBER, true);
	}

	@Test
	void aPersonAndTheTeamHaveOneFeedEachDueAtOnce() {
		feeds.set(team.id(), ann.id(), "https://calendar.example/old.ics", "U1", NOW);
		feeds.set(team.id(), ann.id(), "https://calendar.example/new.ics", "U1", NOW);
		feeds.set(team.id(), null, "https://calendar.example/team.ics", "U0PM", NOW);

		assertThat(feeds.of(team.id(), ann.id()).orElseThrow().url()).isEqualTo("https://calendar.example/new.ics");
		assertThat(feeds.of(team.id(), null).orElseThrow().setBy()).isEqualTo("U0PM");
		assertThat(feeds.of(team.id(), null).orElseThrow().isTeams()).isTrue();
		assertThat(feeds.of(team.id(), ann.id()).orElseThrow().memberId()).isEqualTo(ann.id());
		assertThat(feeds.due(NOW, 10)).hasSize(2);
		assertThat(feeds.due(NOW.minusSeconds(1), 10)).isEmpty();
		assertThat(feeds.of(team.id(), ann.id()).orElseThrow().toString()).doesNotContain("new.ics");
	}

	@Test
	void aRunOfFailuresStartsOnceAndAGoodReadingEndsIt() {
		feeds.set(team.id(), ann.id(), "https://calendar.example/ann.ics", "U1", NOW);
		long id = feeds.of(team.id(), ann.id()).orElseThrow().id();

		assertThat(feeds.failed(id, "it answered HTTP 500", NOW, NOW.plusSeconds(3600))).isTrue();
		assertThat(feeds.failed(id, "it answered HTTP 502", NOW.plusSeconds(3600), NOW.plusSeconds(7200))).isFalse();
		CalendarFeed failing = feeds.find(id).orElseThrow();
		assertThat(failing.failingSince()).isEqualTo(NOW);
		assertThat(failing.failure()).isEqualTo("it answered HTTP 502");
		assertThat(feeds.due(NOW.plusSeconds(3600), 10)).isEmpty();

		feeds.readWell(id, NOW.plusSeconds(7200), NOW.plusSeconds(10800));
		assertThat(feeds.find(id).orElseThrow().failingSince()).isNull();
		assertThat(feeds.failed(id, "it answered HTTP 500", NOW.plusSeconds(10800), NOW.plusSeconds(14400))).isTrue();
	}

	@Test
	void calendarLeaveIsReplacedFromADayOnAndHandEnteredLeaveStays() {
		teams.addLeave(ann.id(), TODAY.plusDays(3), TODAY.plusDays(4), "U1", NOW);
		teams.replaceCalendarLeave(ann.id(), TODAY.minusDays(2), List.of(new Leave(0, TODAY.minusDays(1),
				TODAY.plusDays(1), true)), "U1", NOW);

		teams.replaceCalendarLeave(ann.id(), TODAY, List.of(new Leave(0, TODAY.plusDays(7), TODAY.plusDays(7), true)),
				"U1", NOW);

		assertThat(teams.member(ann.id()).orElseThrow().leave()).containsExactly(
				new Leave(leaveId(TODAY.minusDays(1)), TODAY.minusDays(1), TODAY.minusDays(1), true),
				new Leave(leaveId(TODAY.plusDays(3)), TODAY.plusDays(3), TODAY.plusDays(4), false),
				new Leave(leaveId(TODAY.plusDays(7)), TODAY.plusDays(7), TODAY.plusDays(7), true));
	}

	@Test
	void calendarHolidaysAreReplacedAndNeverTakeADayAddedByHand() {
		calendars.addHolidays(team.id(), Map.of(TODAY.plusDays(2), "Offsite"));
		calendars.replaceCalendarHolidays(team.id(), TODAY, Map.of(TODAY.plusDays(1), "Bridge day",
				TODAY.plusDays(2), "Company holiday"));
		calendars.replaceCalendarHolidays(team.id(), TODAY, Map.of(TODAY.plusDays(2), "Company holiday",
				TODAY.plusDays(5), "Company holiday"));

		assertThat(calendars.holidays(team.id())).containsExactly(Map.entry(TODAY.plusDays(2), "Offsite"),
				Map.entry(TODAY.plusDays(5), "Company holiday"));
		assertThat(calendars.calendarHolidays(team.id(), TODAY)).containsOnlyKeys(TODAY.plusDays(5));
	}

	private long leaveId(LocalDate firstDay) {
		return jdbc.sql("select id from member_leave where first_day = :day").param("day", firstDay)
			.query(Long.class)
			.single();
	}

}
