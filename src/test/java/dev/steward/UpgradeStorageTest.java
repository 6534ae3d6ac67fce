package dev.steward;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An install that ran the first batch upgrades without losing anything: its stand-up, questions (with which one asks
 * for blockers), leave, holidays, runs and a blocker's stand-up carry over. On H2 and, in CI, on PostgreSQL.
 */
@Tag("storage")
class UpgradeStorageTest {

	private static final String URL = System.getProperty("steward.test.jdbc-url",
			"jdbc:h2:mem:upgrade;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");

	private static final String SCHEMA = "steward_upgrade";

	@Test
	void theFirstBatchsDataSurvivesTheUpgrade() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(URL,
				System.getProperty("steward.test.jdbc-user", "sa"), System.getProperty("steward.test.jdbc-password", ""));
		flyway(dataSource, "6").clean();
		flyway(dataSource, "6").migrate();
		dataSource.setSchema(SCHEMA);
		JdbcClient jdbc = JdbcClient.create(dataSource);
		firstBatch(jdbc);

		flyway(dataSource, "latest").migrate();

		assertThat(jdbc.sql("select name from standup").query(String.class).single()).isEqualTo("Daily stand-up");
		assertThat(jdbc.sql("select report_time from standup").query(LocalTime.class).single())
			.isEqualTo(LocalTime.of(11, 0));
		JsonNode questions = JsonMapper.builder().build()
			.readTree(jdbc.sql("select questions from standup").query(String.class).single());
		assertThat(questions.findValuesAsString("role")).containsExactly("YESTERDAY", "TODAY", "BLOCKERS");
		assertThat(jdbc.sql("select count(*) from standup_member").query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from standup_run where standup_id is not null").query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("select first_day from member_leave").query(LocalDate.class).single())
			.isEqualTo(LocalDate.of(2026, 12, 21));
		assertThat(jdbc.sql("select holiday_date from team_holiday order by holiday_date").query(LocalDate.class)
			.list()).containsExactly(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25));
		assertThat(jdbc.sql("select count(*) from impediment_standup").query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select working_minutes from impediment_pause").query(Long.class).single()).isEqualTo(90);
	}

	private static void firstBatch(JdbcClient jdbc) {
		for (String sql : List.of(
				"insert into team (id, platform, workspace_id, channel_id, name, time_zone, created_at) values "
						+ "(1, 'SLACK', 'T1', 'C1', '#core', 'Europe/Berlin', timestamp with time zone '2026-11-02 08:00:00+00')",
				"insert into member (id, team_id, user_id, display_name, role, participates, away_from, away_until) "
						+ "values (1, 1, 'U1', 'Ann', 'MEMBER', true, date '2026-12-21', date '2026-12-31')",
				"insert into standup_config (team_id, prompt_time, report_time, reminder_delay_minutes, weekdays, "
						+ "zone_policy, questions) values (1, time '09:30', time '11:00', 60, 'MONDAY,FRIDAY', 'MEMBER', "
						+ "'What did you do yesterday?\nWhat will you do today?\nAnything blocking you?')",
				"insert into standup_run (id, team_id, run_date, started_at) values (1, 1, date '2026-11-23', "
						+ "timestamp with time zone '2026-11-23 08:30:00+00')",
				"insert into team_calendar (team_id, work_days, day_start, day_end, holidays) values (1, "
						+ "'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY', time '09:00', time '17:00', '2026-12-24,2026-12-25')",
				"insert into impediment (id, team_id, title, owner_id, reporter_id, severity, status, opened_at, "
						+ "climb_started_at, source_run_id, paused_minutes) values (1, 1, 'CI is red', 'U1', 'U1', 'MEDIUM', "
						+ "'OPEN', timestamp with time zone '2026-11-23 09:00:00+00', "
						+ "timestamp with time zone '2026-11-23 09:00:00+00', 1, 90)")) {
			jdbc.sql(sql).update();
		}
	}

	private static Flyway flyway(DriverManagerDataSource dataSource, String target) {
		return Flyway.configure()
			.dataSource(dataSource)
			.schemas(SCHEMA)
			.defaultSchema(SCHEMA)
			.cleanDisabled(false)
			.target(target)
			.load();
	}

}
