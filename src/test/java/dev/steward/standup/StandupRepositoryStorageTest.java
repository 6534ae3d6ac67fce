package dev.steward.standup;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.chat.Platform;
import dev.steward.support.StorageTest;
import dev.steward.support.TestDatabase;
import dev.steward.team.Member;
import dev.steward.team.Role;
import dev.steward.team.Team;
import dev.steward.team.TeamRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** The stand-up's persisted markers are set once, and answers and configuration round-trip. */
class StandupRepositoryStorageTest extends StorageTest {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	private StandupRepository standups;

	private Team team;

	private Member member;

	@BeforeEach
	void team() {
		TestDatabase.clean(jdbc);
		TeamRepository teams = new TeamRepository(jdbc);
		standups = new StandupRepository(jdbc);
		team = teams.create(Platform.SLACK, "T1", "C1", "#core", ZoneId.of("UTC"), NOW);
		member = teams.addMember(team.id(), "U1", "Ann", Role.MEMBER, true);
	}

	@Test
	void runForATeamAndDateIsCreatedOnce() {
		Run first = standups.run(team.id(), MONDAY, NOW);
		Run second = standups.run(team.id(), MONDAY, NOW.plusSeconds(60));

		assertThat(second.id()).isEqualTo(first.id());
		assertThat(standups.markReported(first.id(), NOW)).isTrue();
		assertThat(standups.markReported(first.id(), NOW)).isFalse();
	}

	@Test
	void markersAreSetOnlyOnce() {
		Run run = standups.run(team.id(), MONDAY, NOW);

		assertThat(standups.mark(run.id(), member.id(), StandupRepository.Marker.PROMPTED, NOW)).isTrue();
		assertThat(standups.mark(run.id(), member.id(), StandupRepository.Marker.PROMPTED, NOW)).isFalse();
		assertThat(standups.entry(run.id(), member.id()).promptedAt()).isEqualTo(NOW);
	}

	@Test
	void answersReplaceEarlierOnesAndFeedTomorrowsYesterday() {
		Run monday = standups.run(team.id(), MONDAY, NOW);
		standups.saveAnswers(monday.id(), member.id(), List.of(answer(0, Question.Kind.TODAY, "draft")), NOW);
		standups.saveAnswers(monday.id(), member.id(), List.of(answer(0, Question.Kind.TODAY, "Write the RFC")), NOW);

		assertThat(standups.answers(monday.id()).get(member.id())).extracting(Answer::text).containsExactly("Write the RFC");
		assertThat(standups.entry(monday.id(), member.id()).isAnswered()).isTrue();
		assertThat(standups.lastToday(member.id(), MONDAY.plusDays(1))).contains("Write the RFC");
		assertThat(standups.lastToday(member.id(), MONDAY)).isEmpty();
	}

	@Test
	void configurationRoundTrips() {
		StandupConfig config = new StandupConfig(team.id(), LocalTime.of(9, 30), LocalTime.of(11, 0),
				Duration.ofMinutes(45), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), ZonePolicy.MEMBER,
				List.of(Question.of("What did you do yesterday?"), Question.of("Anything blocking you?")));
		standups.saveConfig(config);

		assertThat(standups.config(team.id())).contains(config);
		assertThat(standups.configuredTeamIds()).containsExactly(team.id());
	}

	private static Answer answer(int position, Question.Kind kind, String text) {
		return new Answer(position, kind, "Q" + position, text);
	}

}
