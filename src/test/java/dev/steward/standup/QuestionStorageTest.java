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

/** Typed questions round-trip with the stand-up, questions stored before types read as free text, scores add up. */
class QuestionStorageTest extends StorageTest {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	private StandupRepository standups;

	private StandupScores scores;

	private Team team;

	@BeforeEach
	void team() {
		TestDatabase.clean(jdbc);
		standups = new StandupRepository(jdbc, new NamedParameterJdbcTemplate(dataSource), JsonMapper.builder().build());
		scores = new StandupScores(jdbc);
		team = new TeamRepository(jdbc).create(Platform.SLACK, "T1", "C1", "#core", ZoneId.of("UTC"), NOW);
	}

	@Test
	void typedQuestionsRoundTripWithTheStandup() {
		List<Question> questions = QuestionLines.read(List.of("How do you feel? [mood, anonymous]",
				"Anything blocking you?", "Who can help? [optional, if 2]", "Which area? [choice: API | Web]"));

		StandupConfig stored = standups.saveConfig(config(questions), NOW);

		assertThat(standups.standup(stored.id()).orElseThrow().questions()).isEqualTo(questions);
	}

	@Test
	void aQuestionStoredBeforeTypesReadsAsRequiredFreeText() {
		StandupConfig stored = standups.saveConfig(config(List.of(new Question(Question.Kind.OTHER, "Hi?"))), NOW);
		jdbc.sql("update standup set questions = '[{\"kind\":\"BLOCKERS\",\"text\":\"Anything blocking you?\"}]'")
			.update();

		assertThat(standups.standup(stored.id()).orElseThrow().questions())
			.containsExactly(new Question(Question.Kind.BLOCKERS, "Anything blocking you?"));
	}

	@Test
	void scoresGiveTheDistributionOfARunAndTheAverageOfAWeek() {
		List<Question> questions = QuestionLines.read(List.of("How do you feel? [mood, anonymous]"));
		StandupConfig standup = standups.saveConfig(config(questions), NOW);
		TeamRepository teams = new TeamRepository(jdbc);
		Run monday = standups.run(standup, LocalDate.of(2026, 11, 23), NOW);
		Run tuesday = standups.run(standup, LocalDate.of(2026, 11, 24), NOW);
		List<Integer> given = List.of(2, 4, 4);
		for (int i = 0; i < given.size(); i++) {
			Member member = teams.addMember(team.id(), "U" + i, "P" + i, Role.MEMBER, true);
			scores.save(monday.id(), member.id(), questions, Map.of(0, given.get(i)));
			scores.save(tuesday.id(), member.id(), questions, Map.of(0, 5));
		}

		assertThat(scores.distribution(monday.id(), 0)).containsExactly(0, 1, 0, 2, 0);
		assertThat(scores.average(standup.id(), Question.Type.MOOD, LocalDate.of(2026, 11, 23),
				LocalDate.of(2026, 11, 29))).hasValueSatisfying((average) -> assertThat(average).isCloseTo(4.17,
						org.assertj.core.data.Offset.offset(0.01)));
		assertThat(scores.average(standup.id(), Question.Type.MOOD, LocalDate.of(2026, 11, 16),
				LocalDate.of(2026, 11, 22))).isEmpty();
	}

	private StandupConfig config(List<Question> questions) {
		return new StandupConfig(0, team.id(), "Daily", LocalTime.of(9, 30), LocalTime.of(11, 0),
				Duration.ofMinutes(45), EnumSet.of(DayOfWeek.MONDAY), ZonePolicy.MEMBER, questions, null, false);
	}

}
