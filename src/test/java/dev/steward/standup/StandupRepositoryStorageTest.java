package dev.steward.standup;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

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

/** The stand-up's persisted markers are set once, and answers and configuration round-trip. */
class StandupRepositoryStorageTest extends StorageTest {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	private StandupRepository standups;

	private Team team;

	private Member member;

	private StandupConfig standup;

	@BeforeEach
	void team() {
		TestDatabase.clean(jdbc);
		TeamRepository teams = new TeamRepository(jdbc);
		standups = new StandupRepository(jdbc, new NamedParameterJdbcTemplate(dataSource), JsonMapper.builder().build());
		team = teams.create(Platform.SLACK, "T1", "C1", "#core", ZoneId.of("UTC"), NOW);
		member = teams.addMember(team.id(), "U1", "Ann", Role.MEMBER, true);
		standup = standups.saveConfig(config(0), NOW);
	}

	@Test
	void runForATeamAndDateIsCreatedOnce() {
		Run first = standups.run(standup, MONDAY, NOW);
		Run second = standups.run(standup, MONDAY, NOW.plusSeconds(60));

		assertThat(second.id()).isEqualTo(first.id());
		assertThat(standups.markReported(first.id(), NOW)).isTrue();
		assertThat(standups.markReported(first.id(), NOW)).isFalse();
	}

	@Test
	void markersAreSetOnlyOnce() {
		Run run = standups.run(standup, MONDAY, NOW);

		assertThat(standups.mark(run.id(), member.id(), StandupRepository.Marker.PROMPTED, NOW)).isTrue();
		assertThat(standups.mark(run.id(), member.id(), StandupRepository.Marker.PROMPTED, NOW)).isFalse();
		assertThat(standups.entry(run.id(), member.id()).promptedAt()).isEqualTo(NOW);
	}

	@Test
	void aBatchOfMarkersSetsOnlyThoseNotSetAndSaysWhich() {
		Member bob = new TeamRepository(jdbc).addMember(team.id(), "U2", "Bob", Role.MEMBER, true);
		Member cy = new TeamRepository(jdbc).addMember(team.id(), "U3", "Cy", Role.MEMBER, true);
		Run run = standups.run(standup, MONDAY, NOW);
		standups.mark(run.id(), bob.id(), StandupRepository.Marker.PROMPTED, NOW);

		assertThat(standups.markAll(run.id(), List.of(member.id(), bob.id(), cy.id()),
				StandupRepository.Marker.PROMPTED, NOW.plusSeconds(5)))
			.containsExactly(member.id(), cy.id());
		assertThat(standups.markAll(run.id(), List.of(member.id(), cy.id()), StandupRepository.Marker.PROMPTED, NOW))
			.isEmpty();
		assertThat(standups.entries(run.id())).hasSize(3);
		assertThat(standups.entry(run.id(), bob.id()).promptedAt()).isEqualTo(NOW);
	}

	@Test
	void answersReplaceEarlierOnesAndFeedTomorrowsYesterday() {
		Run monday = standups.run(standup, MONDAY, NOW);
		standups.saveAnswers(monday.id(), member.id(), List.of(answer(0, Question.Kind.TODAY, "draft")), NOW);
		standups.saveAnswers(monday.id(), member.id(), List.of(answer(0, Question.Kind.TODAY, "Write the RFC")), NOW);

		assertThat(standups.answers(monday.id()).get(member.id())).extracting(Answer::text).containsExactly("Write the RFC");
		assertThat(standups.entry(monday.id(), member.id()).isAnswered()).isTrue();
		assertThat(standups.lastToday(standup.id(), member.id(), MONDAY.plusDays(1))).contains("Write the RFC");
		assertThat(standups.lastToday(standup.id(), member.id(), MONDAY)).isEmpty();
	}

	@Test
	void configurationRoundTripsWithWhatEachQuestionIsAbout() {
		assertThat(standups.configs(team.id())).containsExactly(config(standup.id()));
		assertThat(standups.configuredTeamIds()).containsExactly(team.id());
	}

	@Test
	void aTeamKeepsSeveralStandupsWhosePlansStayTheirOwn() {
		StandupConfig review = standups.saveConfig(new StandupConfig(0, team.id(), "Week in review", LocalTime.of(15, 0),
				LocalTime.of(16, 0), Duration.ofMinutes(30), EnumSet.of(DayOfWeek.FRIDAY), ZonePolicy.TEAM,
				List.of(new Question(Question.Kind.TODAY, "What next week?")), null, false), NOW);
		Run daily = standups.run(standup, MONDAY, NOW);
		Run weekly = standups.run(review, MONDAY, NOW);
		standups.saveAnswers(daily.id(), member.id(), List.of(answer(0, Question.Kind.TODAY, "Write the RFC")), NOW);
		standups.saveAnswers(weekly.id(), member.id(), List.of(answer(0, Question.Kind.TODAY, "Plan Q1")), NOW);

		assertThat(standups.configs(team.id())).extracting(StandupConfig::name)
			.containsExactly("Daily", "Week in review");
		assertThat(standups.several(team.id())).isTrue();
		assertThat(weekly.id()).isNotEqualTo(daily.id());
		assertThat(standups.lastToday(standup.id(), member.id(), MONDAY.plusDays(1))).contains("Write the RFC");
		assertThat(standups.lastToday(review.id(), member.id(), MONDAY.plusDays(1))).contains("Plan Q1");
	}

	@Test
	void theTickFindsOnlyTheParticipantsAndReportsThatAreDue() {
		standups.addParticipant(standup.id(), member.id());
		standups.setNextReport(standup.id(), NOW.plusSeconds(3600), MONDAY);

		assertThat(standups.standupsDue(NOW, 10)).containsExactly(standup.id());
		Map<Long, Long> due = standups.participantsDue(standup.id(), NOW);
		assertThat(due).hasSize(1).containsValue(member.id());
		long participant = due.keySet().iterator().next();
		standups.setNextDue(Map.of(participant, NOW.plusSeconds(60)));
		assertThat(standups.standupsDue(NOW.plusSeconds(59), 10)).isEmpty();
		assertThat(standups.participantsDue(standup.id(), NOW.plusSeconds(59))).isEmpty();
		assertThat(standups.reportsDue(NOW.plusSeconds(3599), 10)).isEmpty();
		assertThat(standups.reportsDue(NOW.plusSeconds(3600), 10)).containsExactly(standup.id());
		assertThat(standups.nextReport(standup.id())).hasValueSatisfying((report) -> assertThat(report.date())
			.isEqualTo(MONDAY));

		standups.recheckMember(member.id());
		assertThat(standups.participantsDue(standup.id(), NOW.plusSeconds(1))).containsOnlyKeys(participant);
	}

	private StandupConfig config(long id) {
		return new StandupConfig(id, team.id(), "Daily", LocalTime.of(9, 30), LocalTime.of(11, 0),
				Duration.ofMinutes(45), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), ZonePolicy.MEMBER,
				List.of(new Question(Question.Kind.YESTERDAY, "What did you do yesterday?"),
						new Question(Question.Kind.BLOCKERS, "Anything blocking you?")), null, false);
	}

	private static Answer answer(int position, Question.Kind kind, String text) {
		return new Answer(position, kind, "Q" + position, text);
	}

}
