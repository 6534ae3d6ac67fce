package dev.steward.standup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.steward.chat.Platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stand-up configurations, runs, per-member markers and answers in the database. */
@Repository
class StandupRepository {

	private final JdbcClient jdbc;

	StandupRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StandupConfig> config(long teamId) {
		return jdbc.sql("select * from standup_config where team_id = :team")
			.param("team", teamId)
			.query(this::mapConfig)
			.optional();
	}

	void saveConfig(StandupConfig config) {
		jdbc.sql("delete from standup_config where team_id = :team").param("team", config.teamId()).update();
		jdbc.sql("""
				insert into standup_config (team_id, prompt_time, report_time, reminder_delay_minutes, weekdays,
				    zone_policy, questions)
				values (:team, :prompt, :report, :reminder, :weekdays, :policy, :questions)""")
			.param("team", config.teamId())
			.param("prompt", config.promptTime())
			.param("report", config.reportTime())
			.param("reminder", (int) config.reminderDelay().toMinutes())
			.param("weekdays", config.weekdays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(",")))
			.param("policy", config.zonePolicy().name())
			.param("questions", config.questions().stream().map(Question::text).collect(Collectors.joining("\n")))
			.update();
	}

	List<Long> configuredTeamIds() {
		return jdbc.sql("select team_id from standup_config order by team_id").query(Long.class).list();
	}

	/** The team's run for the date, created if it does not exist yet. */
	Run run(long teamId, LocalDate date, Instant now) {
		jdbc.sql("insert into standup_run (team_id, run_date, started_at) values (:team, :date, :now) "
				+ "on conflict do nothing")
			.param("team", teamId)
			.param("date", date)
			.param("now", ts(now))
			.update();
		return findRun(teamId, date).orElseThrow();
	}

	Optional<Run> findRun(long teamId, LocalDate date) {
		return jdbc.sql("select * from standup_run where team_id = :team and run_date = :date")
			.param("team", teamId)
			.param("date", date)
			.query(this::mapRun)
			.optional();
	}

	Optional<Run> findRun(long runId) {
		return jdbc.sql("select * from standup_run where id = :id").param("id", runId).query(this::mapRun).optional();
	}

	/** Marks the run reported; false when another tick did already. */
	boolean markReported(long runId, Instant now) {
		return jdbc.sql("update standup_run set reported_at = :now where id = :id and reported_at is null")
			.param("now", ts(now))
			.param("id", runId)
			.update() == 1;
	}

	Entry entry(long runId, long memberId) {
		jdbc.sql("insert into standup_entry (run_id, member_id) values (:run, :member) "
				+ "on conflict do nothing")
			.param("run", runId)
			.param("member", memberId)
			.update();
		return jdbc.sql("select * from standup_entry where run_id = :run and member_id = :member")
			.param("run", runId)
			.param("member", memberId)
			.query(this::mapEntry)
			.single();
	}

	Map<Long, Entry> entries(long runId) {
		return jdbc.sql("select * from standup_entry where run_id = :run")
			.param("run", runId)
			.query(this::mapEntry)
			.list()
			.stream()
			.collect(Collectors.toMap(Entry::memberId, (entry) -> entry));
	}

	/** Sets the marker column if it is not set yet; false when it was. */
	boolean mark(long runId, long memberId, Marker marker, Instant now) {
		entry(runId, memberId);
		return jdbc.sql("update standup_entry set " + marker.column + " = :now where run_id = :run "
				+ "and member_id = :member and " + marker.column + " is null")
			.param("now", ts(now))
			.param("run", runId)
			.param("member", memberId)
			.update() == 1;
	}

	/** Replaces the member's answers and marks them answered (and no longer skipped). */
	void saveAnswers(long runId, long memberId, List<Answer> answers, Instant now) {
		entry(runId, memberId);
		jdbc.sql("delete from standup_answer where run_id = :run and member_id = :member")
			.param("run", runId)
			.param("member", memberId)
			.update();
		for (Answer answer : answers) {
			jdbc.sql("insert into standup_answer (run_id, member_id, position, kind, question, answer) "
					+ "values (:run, :member, :position, :kind, :question, :answer)")
				.param("run", runId)
				.param("member", memberId)
				.param("position", answer.position())
				.param("kind", answer.kind().name())
				.param("question", answer.question())
				.param("answer", answer.text())
				.update();
		}
		jdbc.sql("update standup_entry set answered_at = :now, skipped_at = null where run_id = :run "
				+ "and member_id = :member")
			.param("now", ts(now))
			.param("run", runId)
			.param("member", memberId)
			.update();
	}

	/** Each member's answers in the run, in question order. */
	Map<Long, List<Answer>> answers(long runId) {
		return jdbc.sql("select * from standup_answer where run_id = :run order by member_id, position")
			.param("run", runId)
			.query((rs, row) -> Map.entry(rs.getLong("member_id"), answer(rs)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/** What the member said they would do "today" at their last stand-up before the date. */
	Optional<String> lastToday(long memberId, LocalDate before) {
		return jdbc.sql("""
				select a.answer from standup_answer a join standup_run r on r.id = a.run_id
				where a.member_id = :member and a.kind = 'TODAY' and r.run_date < :before
				order by r.run_date desc limit 1""")
			.param("member", memberId)
			.param("before", before)
			.query(String.class)
			.optional();
	}

	/** The member's most recent run they were prompted for, in any team of the workspace. */
	Optional<Long> latestPromptedRun(Platform platform, String workspaceId, String userId) {
		return jdbc.sql("""
				select e.run_id from standup_entry e
				join standup_run r on r.id = e.run_id
				join member m on m.id = e.member_id
				join team t on t.id = m.team_id
				where m.user_id = :user and t.platform = :platform and t.workspace_id = :workspace
				    and e.prompted_at is not null
				order by r.run_date desc, e.prompted_at desc limit 1""")
			.param("user", userId)
			.param("platform", platform.name())
			.param("workspace", workspaceId)
			.query(Long.class)
			.optional();
	}

	private StandupConfig mapConfig(ResultSet rs, int row) throws SQLException {
		EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		Arrays.stream(rs.getString("weekdays").split(",")).filter((day) -> !day.isBlank())
			.forEach((day) -> days.add(DayOfWeek.valueOf(day)));
		List<Question> questions = Arrays.stream(rs.getString("questions").split("\n"))
			.filter((line) -> !line.isBlank())
			.map(Question::of)
			.toList();
		return new StandupConfig(rs.getLong("team_id"), rs.getObject("prompt_time", LocalTime.class),
				rs.getObject("report_time", LocalTime.class), Duration.ofMinutes(rs.getInt("reminder_delay_minutes")),
				days, ZonePolicy.valueOf(rs.getString("zone_policy")), questions);
	}

	private Run mapRun(ResultSet rs, int row) throws SQLException {
		return new Run(rs.getLong("id"), rs.getLong("team_id"), rs.getObject("run_date", LocalDate.class),
				instant(rs, "reported_at"));
	}

	private Entry mapEntry(ResultSet rs, int row) throws SQLException {
		return new Entry(rs.getLong("run_id"), rs.getLong("member_id"), instant(rs, "prompted_at"),
				instant(rs, "reminded_at"), instant(rs, "answered_at"), instant(rs, "skipped_at"));
	}

	private static Answer answer(ResultSet rs) throws SQLException {
		return new Answer(rs.getInt("position"), Question.Kind.valueOf(rs.getString("kind")),
				rs.getString("question"), rs.getString("answer"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime ts(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** The per-member markers that are set once. */
	enum Marker {

		PROMPTED("prompted_at"), REMINDED("reminded_at"), SKIPPED("skipped_at");

		private final String column;

		Marker(String column) {
			this.column = column;
		}

	}

}
