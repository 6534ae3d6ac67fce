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

import tools.jackson.databind.json.JsonMapper;

import dev.steward.chat.Platform;
import dev.steward.support.StorageTest;
import dev.steward.support.TestDatabase;
import dev.steward.team.Member;
import dev.steward.team.Role;
import dev.steward.team.Team;
import dev.steward.team.TeamRepository;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history of a team that ran two stand-ups on one day: the day is listed once with both counted, and each
 * person has an entry per stand-up with that stand-up's answers.
 */
class StandupHistoryStorageTest extends StorageTest {

	private static final Instant NOW = Instant.parse("2026-11-27T16:00:00Z");

	private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

	private StandupRepository standups;

	private StandupHistory history;

	private Team team;

	private Member ann;

	@BeforeEach
	void team() {
		TestDatabase.clean(jdbc);
		TeamRepository teams = new TeamRepository(jdbc);
		standups = new StandupRepository(jdbc, new NamedParameterJdbcTemplate(dataSource), JsonMapper.builder().build());
		history = new StandupHistory(jdbc);
		team = teams.create(Platform.SLACK, "T1", "C1", "#core", ZoneId.of("UTC"), NOW);
		ann = teams.addMember(team.id(), "U1", "Ann", Role.MEMBER, true);
	}

	@Test
	void listsADayWithTwoStandupsOnceAndCountsBoth() {
		Run daily = answered(standup("Daily stand-up", "What will you do today?"), "Release");
		Run review = standups.run(standup("Week in review", "What went well?"), FRIDAY, NOW);
		standups.mark(review.id(), ann.id(), StandupRepository.Marker.PROMPTED, NOW);
		standups.markReported(daily.id(), NOW);

		assertThat(history.days(team, 10)).containsExactly(new StandupHistory.Day(FRIDAY, 2, 1, false));
		standups.markReported(review.id(), NOW);
		assertThat(history.status(team, FRIDAY)).contains(new StandupHistory.Day(FRIDAY, 2, 1, true));
	}

	@Test
	void givesEachPersonAnEntryPerStandupWithItsOwnAnswers() {
		answered(standup("Daily stand-up", "What will you do today?"), "Release");
		answered(standup("Week in review", "What went well?"), "The importer");

		assertThat(history.day(team, FRIDAY)).satisfiesExactly((daily) -> {
			assertThat(daily.standup()).isEqualTo("Daily stand-up");
			assertThat(daily.answers()).extracting(StandupHistory.Answer::text).containsExactly("Release");
		}, (review) -> {
			assertThat(review.standup()).isEqualTo("Week in review");
			assertThat(review.answers()).extracting(StandupHistory.Answer::text).containsExactly("The importer");
		});
	}

	private StandupConfig standup(String name, String question) {
		return standups.saveConfig(new StandupConfig(0, team.id(), name, LocalTime.of(9, 0), LocalTime.of(11, 0),
				Duration.ofMinutes(30), EnumSet.of(DayOfWeek.FRIDAY), ZonePolicy.TEAM,
				List.of(new Question(Question.Kind.TODAY, question)), null, false), NOW);
	}

	/** Ann's run of the stand-up on Friday, prompted and answered. */
	private Run answered(StandupConfig standup, String text) {
		Run run = standups.run(standup, FRIDAY, NOW);
		standups.mark(run.id(), ann.id(), StandupRepository.Marker.PROMPTED, NOW);
		standups.saveAnswers(run.id(), ann.id(), List.of(new Answer(0, Question.Kind.TODAY, "Q", text)), NOW);
		return run;
	}

}
