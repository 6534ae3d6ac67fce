package dev.steward.team;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.chat.Platform;
import dev.steward.support.StorageTest;
import dev.steward.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** Teams and members survive the round trip to the database with their zones, roles and leave. */
class TeamRepositoryStorageTest extends StorageTest {

	private TeamRepository teams;

	@BeforeEach
	void empty() {
		TestDatabase.clean(jdbc);
		teams = new TeamRepository(jdbc);
	}

	@Test
	void findsTeamByChannelWithItsZone() {
		Team created = teams.create(Platform.SLACK, "T1", "C1", "#core", ZoneId.of("Australia/Lord_Howe"),
				Instant.parse("2026-11-23T09:00:00Z"));

		assertThat(teams.findByChannel(Platform.SLACK, "T1", "C1")).contains(created);
		assertThat(teams.findByChannel(Platform.TEAMS, "T1", "C1")).isEmpty();
	}

	@Test
	void addingAMemberTwiceKeepsTheFirstMembership() {
		Team team = teams.create(Platform.SLACK, "T1", "C1", "#core", ZoneId.of("UTC"), Instant.EPOCH);
		teams.addMember(team.id(), "U1", "Ann", Role.PM, true);
		Member again = teams.addMember(team.id(), "U1", "Someone else", Role.MEMBER, false);

		assertThat(again.role()).isEqualTo(Role.PM);
		assertThat(again.displayName()).isEqualTo("Ann");
		assertThat(teams.findByUser(Platform.SLACK, "T1", "U1")).containsExactly(team);
	}

	@Test
	void keepsProfileZoneAndLeave() {
		Team team = teams.create(Platform.SLACK, "T1", "C1", "#core", ZoneId.of("UTC"), Instant.EPOCH);
		Member member = teams.addMember(team.id(), "U1", "U1", Role.MEMBER, true);
		teams.updateProfile(member.id(), "Ann", ZoneId.of("Asia/Kolkata"));
		teams.addLeave(member.id(), LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 31), "U1", Instant.EPOCH);
		long february = teams.addLeave(member.id(), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 5), "U1",
				Instant.EPOCH);

		Member stored = teams.member(team.id(), "U1").orElseThrow();
		assertThat(stored.zone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
		assertThat(stored.isAwayOn(LocalDate.of(2026, 12, 24))).isTrue();
		assertThat(stored.isAwayOn(LocalDate.of(2027, 1, 1))).isFalse();
		assertThat(stored.isAwayOn(LocalDate.of(2027, 2, 3))).isTrue();
		assertThat(teams.members(team.id()).get(0).leave()).hasSize(2);

		teams.endLeave(february, LocalDate.of(2027, 2, 2));
		assertThat(teams.member(member.id()).orElseThrow().isAwayOn(LocalDate.of(2027, 2, 3))).isFalse();
	}

	@Test
	void keepsNamedHolidaysAndTheCountryOfPublicHolidays() {
		Team team = teams.create(Platform.SLACK, "T1", "C1", "#core", ZoneId.of("Europe/Berlin"), Instant.EPOCH);
		CalendarRepository calendars = new CalendarRepository(jdbc);
		calendars.addHolidays(team.id(), new java.util.TreeMap<>(java.util.Map.of(LocalDate.of(2026, 12, 24),
				"Christmas Eve", LocalDate.of(2026, 12, 31), "New Year's Eve")));
		calendars.save(team.id(), calendars.calendar(team).withHours(java.time.LocalTime.of(8, 0),
				java.time.LocalTime.of(16, 0)));
		TeamCalendar withCountry = calendars.calendar(team);
		calendars.save(team.id(), new TeamCalendar(withCountry.zone(), withCountry.workDays(), withCountry.dayStart(),
				withCountry.dayEnd(), withCountry.holidays(), PublicHolidays.of("de", "by")));
		calendars.removeHolidays(team.id(), java.util.Set.of(LocalDate.of(2026, 12, 31)));

		TeamCalendar stored = calendars.calendar(team);
		assertThat(calendars.holidays(team.id())).containsExactly(
				java.util.Map.entry(LocalDate.of(2026, 12, 24), "Christmas Eve"));
		assertThat(stored.dayStart()).isEqualTo(java.time.LocalTime.of(8, 0));
		assertThat(stored.isHoliday(LocalDate.of(2026, 12, 24))).isTrue();
		assertThat(stored.isHoliday(LocalDate.of(2026, 12, 31))).isFalse();
		assertThat(stored.publicHolidays().nameOf(LocalDate.of(2027, 1, 6))).contains("Epiphany");
	}

}
