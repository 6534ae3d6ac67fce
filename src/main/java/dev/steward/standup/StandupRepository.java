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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import dev.steward.chat.Platform;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stand-up configurations, runs, per-member markers and answers in the database. */
@Repository
class StandupRepository {

	/**
	 * The "due" instant that asks the next tick, whatever its time, to look again: earlier than any clock, so a
	 * replica whose clock is a little behind, or a test's frozen clock, still sees it.
	 */
	static final Instant RECHECK = Instant.EPOCH;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final JsonMapper json;

	StandupRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.json = json;
	}

	/** The team's stand-ups that were not removed, oldest first. */
	List<StandupConfig> configs(long teamId) {
		return jdbc.sql("select * from standup where team_id = :team and removed_at is null order by id")
			.param("team", teamId)
			.query(this::mapConfig)
			.list();
	}

	/** Whether the team runs more than one stand-up, so messages name the one they are about. */
	boolean several(long teamId) {
		return jdbc.sql("select count(*) from standup where team_id = :team and removed_at is null")
			.param("team", teamId)
			.query(Long.class)
			.single() > 1;
	}

	/** The stand-up's name when its team runs several, for messages to name it; else null. */
	String nameIfSeveral(StandupConfig config) {
		return several(config.teamId()) ? config.name() : null;
	}

	Optional<StandupConfig> standup(long standupId) {
		return jdbc.sql("select * from standup where id = :id").param("id", standupId).query(this::mapConfig)
			.optional();
	}

	/** Stores the stand-up, new (id 0) or changed; returns it with its id. */
	StandupConfig saveConfig(StandupConfig config, Instant now) {
		if (config.id() == 0) {
			GeneratedKeyHolder key = new GeneratedKeyHolder();
			configParams(jdbc.sql("""
					insert into standup (team_id, name, prompt_time, report_time, reminder_delay_minutes,
					    reminder_before_report, weekdays, zone_policy, questions, created_at, next_report_at)
					values (:team, :name, :prompt, :report, :reminder, :beforeReport, :weekdays, :policy, :questions,
					    :now, :recheck)"""),
					config)
				.param("now", ts(now))
				.param("recheck", ts(RECHECK))
				.update(key, "id");
			return config.withId(key.getKeyAs(Long.class));
		}
		configParams(jdbc.sql("""
				update standup set name = :name, prompt_time = :prompt, report_time = :report,
				    reminder_delay_minutes = :reminder, reminder_before_report = :beforeReport, weekdays = :weekdays,
				    zone_policy = :policy,
				    questions = :questions, next_report_at = :recheck, next_report_date = null
				where id = :id"""), config)
			.param("id", config.id())
			.param("recheck", ts(RECHECK))
			.update();
		return config;
	}

	private JdbcClient.StatementSpec configParams(JdbcClient.StatementSpec statement, StandupConfig config) {
		return statement.param("team", config.teamId())
			.param("name", config.name())
			.param("prompt", config.promptTime())
			.param("report", config.reportTime())
			.param("reminder", (int) config.reminderDelay().toMinutes())
			.param("beforeReport", config.reminderBeforeReport())
			.param("weekdays", config.weekdays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(",")))
			.param("policy", config.zonePolicy().name())
			.param("questions", json.writeValueAsString(config.questions()));
	}

	List<Long> configuredTeamIds() {
		return jdbc.sql("select distinct team_id from standup order by team_id").query(Long.class).list();
	}

	/** The stand-ups whose next report check has come, oldest first: an index range scan. */
	List<Long> reportsDue(Instant now, int limit) {
		return jdbc.sql("select id from standup where next_report_at <= :now order by next_report_at limit :limit")
			.param("now", ts(now))
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/**
	 * The stand-up's next report check and the date whose report it is for; empty when the check is a re-check after
	 * a change.
	 */
	Optional<ReportDue> nextReport(long standupId) {
		return jdbc.sql("select next_report_at, next_report_date from standup where id = :id "
				+ "and next_report_date is not null and next_report_at is not null")
			.param("id", standupId)
			.query((rs, row) -> new ReportDue(instant(rs, "next_report_at"),
					rs.getObject("next_report_date", LocalDate.class)))
			.optional();
	}

	/**
	 * When a report is due, and for which date.
	 *
	 * @param at when
	 * @param date the stand-up date it reports
	 */
	record ReportDue(Instant at, LocalDate date) {

	}

	/** Stores when to look at the stand-up's report next, and for which date (null: whatever is due then). */
	void setNextReport(long standupId, Instant at, LocalDate date) {
		jdbc.sql("update standup set next_report_at = :at, next_report_date = :date where id = :id")
			.param("at", at == null ? null : ts(at))
			.param("date", date)
			.param("id", standupId)
			.update();
	}

	/** The stand-ups with a participant whose next prompt or reminder has come, longest waiting first. */
	List<Long> standupsDue(Instant now, int limit) {
		return jdbc.sql("select standup_id from standup_member where next_due_at <= :now group by standup_id "
				+ "order by min(next_due_at) limit :limit")
			.param("now", ts(now))
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/** The stand-up's participants whose next prompt or reminder has come: standup_member id to member id. */
	Map<Long, Long> participantsDue(long standupId, Instant now) {
		Map<Long, Long> due = new LinkedHashMap<>();
		jdbc.sql("select id, member_id from standup_member where standup_id = :standup and next_due_at <= :now "
				+ "order by id")
			.param("standup", standupId)
			.param("now", ts(now))
			.query((rs) -> {
				due.put(rs.getLong("id"), rs.getLong("member_id"));
			});
		return due;
	}

	/** Stores when to look at each participant next (null: never), in one batch. */
	void setNextDue(Map<Long, Instant> next) {
		batch.batchUpdate("update standup_member set next_due_at = :at where id = :id", next.entrySet()
			.stream()
			.map((entry) -> new MapSqlParameterSource().addValue("id", entry.getKey())
				.addValue("at", (entry.getValue() == null) ? null : ts(entry.getValue())))
			.toArray(SqlParameterSource[]::new));
	}

	/**
	 * Sets the marker for each of the members on the run where it is not set yet, in one batch; returns those
	 * whose marker this call set (not someone else's at the same time).
	 */
	List<Long> markAll(long runId, List<Long> memberIds, Marker marker, Instant now) {
		SqlParameterSource[] rows = memberIds.stream()
			.map((member) -> new MapSqlParameterSource().addValue("run", runId).addValue("member", member)
				.addValue("now", ts(now)))
			.toArray(SqlParameterSource[]::new);
		batch.batchUpdate("insert into standup_entry (run_id, member_id) values (:run, :member) on conflict do nothing",
				rows);
		int[] updated = batch.batchUpdate("update standup_entry set " + marker.column + " = :now where run_id = :run "
				+ "and member_id = :member and " + marker.column + " is null", rows);
		List<Long> marked = new ArrayList<>();
		for (int i = 0; i < updated.length; i++) {
			if (updated[i] == 1) {
				marked.add(memberIds.get(i));
			}
		}
		return marked;
	}

	/** Makes the member a participant of the stand-up, to be looked at by the next tick. */
	void addParticipant(long standupId, long memberId) {
		jdbc.sql("insert into standup_member (standup_id, member_id, next_due_at) values (:standup, :member, :now) "
				+ "on conflict do nothing")
			.param("standup", standupId)
			.param("member", memberId)
			.param("now", ts(RECHECK))
			.update();
		recheckMember(memberId);
	}

	void removeParticipant(long standupId, long memberId) {
		jdbc.sql("delete from standup_member where standup_id = :standup and member_id = :member")
			.param("standup", standupId)
			.param("member", memberId)
			.update();
	}

	/** Has the next tick look at every participant and the report of the stand-up again, after a change. */
	void recheckStandup(long standupId) {
		jdbc.sql("update standup_member set next_due_at = :now where standup_id = :standup")
			.param("now", ts(RECHECK))
			.param("standup", standupId)
			.update();
		setNextReport(standupId, RECHECK, null);
	}

	/** Has the next tick look at the member again in every stand-up, after their leave or zone changed. */
	void recheckMember(long memberId) {
		jdbc.sql("update standup_member set next_due_at = :now where member_id = :member")
			.param("now", ts(RECHECK))
			.param("member", memberId)
			.update();
	}

	/** Has the next tick look at every stand-up of the team again, after its calendar changed. */
	void recheckTeam(long teamId) {
		standupIds(teamId).forEach(this::recheckStandup);
	}

	List<Long> standupIds(long teamId) {
		return jdbc.sql("select id from standup where team_id = :team order by id").param("team", teamId)
			.query(Long.class)
			.list();
	}

	/** The team's run for the date, created if it does not exist yet. */
	Run run(StandupConfig standup, LocalDate date, Instant now) {
		jdbc.sql("insert into standup_run (standup_id, team_id, run_date, started_at, report_style) "
				+ "values (:standup, :team, :date, :now, (select report_style from standup where id = :standup)) "
				+ "on conflict do nothing")
			.param("standup", standup.id())
			.param("team", standup.teamId())
			.param("date", date)
			.param("now", ts(now))
			.update();
		return findRun(standup.id(), date).orElseThrow();
	}

	Optional<Run> findRun(long standupId, LocalDate date) {
		return jdbc.sql("select * from standup_run where standup_id = :standup and run_date = :date")
			.param("standup", standupId)
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

	/** What the member said they would do "today" at their last run of the stand-up before the date. */
	Optional<String> lastToday(long standupId, long memberId, LocalDate before) {
		return jdbc.sql("""
				select a.answer from standup_answer a join standup_run r on r.id = a.run_id
				where a.member_id = :member and r.standup_id = :standup and a.kind = 'TODAY' and r.run_date < :before
				order by r.run_date desc limit 1""")
			.param("member", memberId)
			.param("standup", standupId)
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
		List<Question> questions = List.of(json.readValue(rs.getString("questions"), Question[].class));
		return new StandupConfig(rs.getLong("id"), rs.getLong("team_id"), rs.getString("name"),
				rs.getObject("prompt_time", LocalTime.class), rs.getObject("report_time", LocalTime.class),
				Duration.ofMinutes(rs.getInt("reminder_delay_minutes")), days,
				ZonePolicy.valueOf(rs.getString("zone_policy")), questions, (rs.getObject("paused_from") == null) ? null
						: new StandupPause(rs.getObject("paused_from", LocalDate.class),
								rs.getObject("paused_until", LocalDate.class), rs.getString("paused_by")),
				rs.getBoolean("reminder_before_report"));
	}

	/** Pauses the stand-up from the first day until the last (null: until resumed), replacing an earlier pause. */
	void pause(long standupId, StandupPause pause) {
		jdbc.sql("update standup set paused_from = :from, paused_until = :until, paused_by = :by where id = :id")
			.param("from", pause.from())
			.param("until", pause.until())
			.param("by", pause.by())
			.param("id", standupId)
			.update();
	}

	/**
	 * Removes the stand-up: it asks no one any more and reports no more; its runs and answers stay. Its name gets the
	 * day, so a new stand-up may take it. False when it was removed already.
	 */
	boolean remove(long standupId, String by, Instant at, LocalDate day) {
		int removed = jdbc.sql("update standup set removed_at = :at, removed_by = :by, next_report_at = null, "
				+ "next_report_date = null, name = substring(name || ' (removed ' || :day || ')' from 1 for 80) "
				+ "where id = :id and removed_at is null")
			.param("at", ts(at))
			.param("by", by)
			.param("day", day.toString())
			.param("id", standupId)
			.update();
		if (removed == 1) {
			jdbc.sql("delete from standup_member where standup_id = :id").param("id", standupId).update();
		}
		return removed == 1;
	}

	/** Whether the stand-up was removed. */
	boolean isRemoved(long standupId) {
		return jdbc.sql("select count(*) from standup where id = :id and removed_at is not null")
			.param("id", standupId)
			.query(Long.class)
			.single() > 0;
	}

	/** The members the stand-up prompts but does not count as missing. */
	java.util.Set<Long> optionalMembers(long standupId) {
		return java.util.Set.copyOf(jdbc.sql("select member_id from standup_optional where standup_id = :id")
			.param("id", standupId)
			.query(Long.class)
			.list());
	}

	/** Makes exactly these members the stand-up's optional ones. */
	void setOptional(long standupId, java.util.Collection<Long> memberIds) {
		jdbc.sql("delete from standup_optional where standup_id = :id").param("id", standupId).update();
		for (Long member : memberIds) {
			jdbc.sql("insert into standup_optional (standup_id, member_id) values (:id, :member)")
				.param("id", standupId)
				.param("member", member)
				.update();
		}
	}

	/** Ends the stand-up's pause; false when it was not paused. */
	boolean resume(long standupId) {
		return jdbc.sql("update standup set paused_from = null, paused_until = null, paused_by = null "
				+ "where id = :id and paused_from is not null")
			.param("id", standupId)
			.update() == 1;
	}

	private Run mapRun(ResultSet rs, int row) throws SQLException {
		return new Run(rs.getLong("id"), rs.getLong("standup_id"), rs.getLong("team_id"),
				rs.getObject("run_date", LocalDate.class), instant(rs, "reported_at"));
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


	/** How the run's report appears: the style its stand-up had when the run started. */
	ReportStyle reportStyle(Run run) {
		return jdbc.sql("select report_style from standup_run where id = :id")
			.param("id", run.id())
			.query(String.class)
			.optional()
			.filter(java.util.Objects::nonNull)
			.map(ReportStyle::valueOf)
			.orElse(ReportStyle.SUMMARY);
	}

	/** How the stand-up's report appears from its next run. */
	ReportStyle reportStyle(long standupId) {
		return jdbc.sql("select report_style from standup where id = :id")
			.param("id", standupId)
			.query(String.class)
			.optional()
			.map(ReportStyle::valueOf)
			.orElse(ReportStyle.SUMMARY);
	}

	void setReportStyle(long standupId, ReportStyle style) {
		jdbc.sql("update standup set report_style = :style where id = :id")
			.param("style", style.name())
			.param("id", standupId)
			.update();
	}

}
