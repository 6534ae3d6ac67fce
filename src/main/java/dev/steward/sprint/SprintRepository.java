package dev.steward.sprint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Sprints, value goals, goal links and tags, and lessons in the database. */
@Repository
class SprintRepository {

	private final JdbcClient jdbc;

	SprintRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long teamId, String name, LocalDate startsOn, LocalDate endsOn, String createdBy, Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into sprint (team_id, name, starts_on, ends_on, created_by, created_at) "
				+ "values (:team, :name, :starts, :ends, :by, :now)")
			.param("team", teamId)
			.param("name", name)
			.param("starts", startsOn)
			.param("ends", endsOn)
			.param("by", createdBy)
			.param("now", ts(now))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	void insertGoal(long sprintId, int position, String outcome, String measure, String stakeholderId) {
		jdbc.sql("insert into value_goal (sprint_id, position, outcome, measure, stakeholder_id) "
				+ "values (:sprint, :position, :outcome, :measure, :stakeholder)")
			.param("sprint", sprintId)
			.param("position", position)
			.param("outcome", outcome)
			.param("measure", measure)
			.param("stakeholder", stakeholderId)
			.update();
	}

	Optional<Sprint> find(long id) {
		return jdbc.sql("select * from sprint where id = :id").param("id", id).query(this::mapSprint).optional();
	}

	/** The team's sprints that are not closed, by start date. */
	List<Sprint> openSprints(long teamId) {
		return jdbc.sql("select * from sprint where team_id = :team and closed_at is null order by starts_on")
			.param("team", teamId)
			.query(this::mapSprint)
			.list();
	}

	List<Sprint> recent(long teamId, int limit) {
		return jdbc.sql("select * from sprint where team_id = :team order by starts_on desc limit :limit")
			.param("team", teamId)
			.param("limit", limit)
			.query(this::mapSprint)
			.list();
	}

	/** Teams with a sprint that is not closed and not over before the date: the tick's work. */
	List<Long> teamsWithOpenSprints(LocalDate notEndedBefore) {
		return jdbc.sql("select distinct team_id from sprint where closed_at is null and ends_on >= :date")
			.param("date", notEndedBefore)
			.query(Long.class)
			.list();
	}

	void close(long sprintId, LocalDate endsOn, Instant at) {
		jdbc.sql("update sprint set ends_on = :ends, closed_at = :at where id = :id")
			.param("ends", endsOn)
			.param("at", ts(at))
			.param("id", sprintId)
			.update();
	}

	void moveStart(long sprintId, LocalDate startsOn) {
		jdbc.sql("update sprint set starts_on = :starts where id = :id").param("starts", startsOn).param("id", sprintId)
			.update();
	}

	/** Sets the marker column if not set yet; false when another tick did. */
	boolean mark(long sprintId, String column, Instant at) {
		return jdbc.sql("update sprint set " + column + " = :at where id = :id and " + column + " is null")
			.param("at", ts(at))
			.param("id", sprintId)
			.update() == 1;
	}

	List<ValueGoal> goals(long sprintId) {
		return jdbc.sql("select * from value_goal where sprint_id = :sprint order by position")
			.param("sprint", sprintId)
			.query(this::mapGoal)
			.list();
	}

	Optional<ValueGoal> goal(long goalId) {
		return jdbc.sql("select * from value_goal where id = :id").param("id", goalId).query(this::mapGoal).optional();
	}

	/** The impediments linked to the goal. */
	List<Long> impedimentsOf(long goalId) {
		return jdbc.sql("select impediment_id from goal_impediment where goal_id = :goal")
			.param("goal", goalId)
			.query(Long.class)
			.list();
	}

	void review(long goalId, ValueGoal.Outcome outcome, String note, String by, Instant at) {
		jdbc.sql("update value_goal set review_outcome = :outcome, review_note = :note, reviewed_by = :by, "
				+ "reviewed_at = :at where id = :id")
			.param("outcome", outcome.name())
			.param("note", note)
			.param("by", by)
			.param("at", ts(at))
			.param("id", goalId)
			.update();
	}

	/** Links the impediment to the goal (replacing an earlier link), or unlinks it when the goal is null. */
	void link(long impedimentId, Long goalId, String by, Instant at) {
		jdbc.sql("delete from goal_impediment where impediment_id = :id").param("id", impedimentId).update();
		if (goalId != null) {
			jdbc.sql("insert into goal_impediment (impediment_id, goal_id, linked_by, linked_at) "
					+ "values (:id, :goal, :by, :at)")
				.param("id", impedimentId)
				.param("goal", goalId)
				.param("by", by)
				.param("at", ts(at))
				.update();
		}
	}

	Optional<Long> goalOf(long impedimentId) {
		return jdbc.sql("select goal_id from goal_impediment where impediment_id = :id")
			.param("id", impedimentId)
			.query(Long.class)
			.optional();
	}

	/** The ids of the still-active impediments linked to each of the sprint's goals. */
	Map<Long, List<Long>> activeLinks(long sprintId) {
		return jdbc.sql("""
				select l.goal_id, l.impediment_id from goal_impediment l
				join value_goal g on g.id = l.goal_id
				join impediment i on i.id = l.impediment_id
				where g.sprint_id = :sprint and i.status in ('OPEN', 'SNOOZED', 'ESCALATED')
				    and i.kind <> 'CHANGE_REQUEST'
				order by i.climb_started_at""")
			.param("sprint", sprintId)
			.query((rs, row) -> Map.entry(rs.getLong("goal_id"), rs.getLong("impediment_id")))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(Map.Entry::getKey,
					java.util.stream.Collectors.mapping(Map.Entry::getValue, java.util.stream.Collectors.toList())));
	}

	void focus(long runId, long memberId, long goalId) {
		jdbc.sql("delete from goal_focus where run_id = :run and member_id = :member")
			.param("run", runId)
			.param("member", memberId)
			.update();
		jdbc.sql("insert into goal_focus (run_id, member_id, goal_id) values (:run, :member, :goal)")
			.param("run", runId)
			.param("member", memberId)
			.param("goal", goalId)
			.update();
	}

	/** For a stand-up run: each goal's id and the display names of the members whose "today" serves it. */
	Map<Long, List<String>> focus(long runId) {
		return jdbc.sql("select f.goal_id, m.display_name from goal_focus f join member m on m.id = f.member_id "
				+ "where f.run_id = :run order by m.display_name")
			.param("run", runId)
			.query((rs, row) -> Map.entry(rs.getLong("goal_id"), rs.getString("display_name")))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(Map.Entry::getKey,
					java.util.stream.Collectors.mapping(Map.Entry::getValue, java.util.stream.Collectors.toList())));
	}

	void insertLesson(long teamId, Long sprintId, Long goalId, Long impedimentId, String text, String authorId,
			Instant at) {
		jdbc.sql("insert into lesson (team_id, sprint_id, goal_id, impediment_id, text, author_id, created_at) "
				+ "values (:team, :sprint, :goal, :impediment, :text, :author, :at)")
			.param("team", teamId)
			.param("sprint", sprintId)
			.param("goal", goalId)
			.param("impediment", impedimentId)
			.param("text", text)
			.param("author", authorId)
			.param("at", ts(at))
			.update();
	}

	List<Lesson> lessons(long teamId, int limit) {
		return jdbc.sql("select l.*, s.name as sprint_name from lesson l left join sprint s on s.id = l.sprint_id "
				+ "where l.team_id = :team order by l.created_at desc, l.id desc limit :limit")
			.param("team", teamId)
			.param("limit", limit)
			.query((rs, row) -> new Lesson(rs.getString("text"), rs.getString("author_id"), instant(rs, "created_at"),
					rs.getString("sprint_name"), rs.getObject("goal_id", Long.class),
					rs.getObject("impediment_id", Long.class)))
			.list();
	}

	/**
	 * A lesson as listed.
	 *
	 * @param text what was learned
	 * @param authorId who recorded it
	 * @param at when
	 * @param sprintName the sprint it was recorded in, or null
	 * @param goalId the goal it is about, or null
	 * @param impedimentId the impediment it came from, or null
	 */
	record Lesson(String text, String authorId, Instant at, String sprintName, Long goalId, Long impedimentId) {

	}

	private Sprint mapSprint(ResultSet rs, int row) throws SQLException {
		return new Sprint(rs.getLong("id"), rs.getLong("team_id"), rs.getString("name"),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				instant(rs, "closed_at"), instant(rs, "reminded_at"), instant(rs, "review_sent_at"));
	}

	private ValueGoal mapGoal(ResultSet rs, int row) throws SQLException {
		String outcome = rs.getString("review_outcome");
		return new ValueGoal(rs.getLong("id"), rs.getLong("sprint_id"), rs.getInt("position"), rs.getString("outcome"),
				rs.getString("measure"), rs.getString("stakeholder_id"),
				outcome == null ? null : ValueGoal.Outcome.valueOf(outcome), rs.getString("review_note"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime ts(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
