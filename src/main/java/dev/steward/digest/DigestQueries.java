package dev.steward.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.steward.impediment.LogKind;
import dev.steward.impediment.WorkingAge;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The digest's read model: set-based queries over stand-ups, impediments and escalations of many teams at once, so
 * composing a digest for twenty teams costs a handful of queries, not one per impediment.
 */
@Repository
class DigestQueries {

	private final JdbcClient jdbc;

	DigestQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One impediment that was active at some time in a window.
	 *
	 * @param id its id
	 * @param teamId its team
	 * @param title its title
	 * @param ownerId its owner
	 * @param rung its current rung
	 * @param active whether it is active now
	 * @param climbStartedAt when its climb started
	 * @param openedAt when it was opened
	 * @param resolvedAt when it was resolved, or null
	 * @param snoozedAt when its current snooze started, or null when it is not snoozed
	 * @param resolvedWorkingTime its age when it was resolved, or null
	 */
	record ImpedimentRow(long id, long teamId, String title, String ownerId, int rung, boolean active,
			Instant climbStartedAt, Instant openedAt, Instant resolvedAt, Instant snoozedAt,
			Duration resolvedWorkingTime) {

		WorkingAge.Facts facts() {
			return new WorkingAge.Facts(id, teamId, ownerId, climbStartedAt, snoozedAt, resolvedAt,
					resolvedWorkingTime);
		}

		boolean activeAt(Instant at) {
			return !openedAt.isAfter(at) && (resolvedAt == null ? active : resolvedAt.isAfter(at));
		}

	}

	/** The impediments of the teams that were active at any time between the instants (merged ones left out). */
	List<ImpedimentRow> activeBetween(List<Long> teams, Instant from, Instant to) {
		return jdbc.sql("""
				select id, team_id, title, owner_id, rung, status, climb_started_at, opened_at, resolved_at,
				    snoozed_at, resolved_working_minutes
				from impediment
				where team_id in (:teams) and kind = 'IMPEDIMENT' and status <> 'MERGED' and opened_at <= :to
				    and (resolved_at is null or resolved_at > :from)""")
			.param("teams", teams)
			.param("from", ts(from))
			.param("to", ts(to))
			.query((rs, row) -> new ImpedimentRow(rs.getLong("id"), rs.getLong("team_id"), rs.getString("title"),
					rs.getString("owner_id"), rs.getInt("rung"),
					List.of("OPEN", "SNOOZED", "ESCALATED").contains(rs.getString("status")),
					instant(rs.getObject("climb_started_at", OffsetDateTime.class)),
					instant(rs.getObject("opened_at", OffsetDateTime.class)),
					instant(rs.getObject("resolved_at", OffsetDateTime.class)),
					"SNOOZED".equals(rs.getString("status")) ? instant(rs.getObject("snoozed_at", OffsetDateTime.class))
							: null,
					rs.getObject("resolved_working_minutes") == null ? null
							: Duration.ofMinutes(rs.getLong("resolved_working_minutes"))))
			.list();
	}

	/** Each team's working times to resolve, for the impediments resolved in the period. */
	Map<Long, List<Duration>> resolveTimes(List<Long> teams, Period period) {
		return jdbc.sql("select team_id, resolved_working_minutes from impediment where team_id in (:teams) "
				+ "and kind = 'IMPEDIMENT' and resolved_at >= :start and resolved_at < :end and resolved_working_minutes is not null")
			.param("teams", teams)
			.param("start", ts(period.start()))
			.param("end", ts(period.end()))
			.query((rs, row) -> Map.entry(rs.getLong("team_id"), Duration.ofMinutes(rs.getLong("resolved_working_minutes"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/** Each team's number of rungs fired in the period. */
	Map<Long, Long> escalations(List<Long> teams, Period period) {
		return counts("""
				select team_id, count(*) from (
				    select distinct i.team_id, e.impediment_id, e.climb_started_at, e.rung
				    from escalation_record e join impediment i on i.id = e.impediment_id
				    where i.team_id in (:teams) and i.kind = 'IMPEDIMENT' and e.at >= :start and e.at < :end) fired
				group by team_id""", teams, period);
	}

	/** Each team's impediments opened in the period (merged ones left out). */
	Map<Long, Long> opened(List<Long> teams, Period period) {
		return counts("select team_id, count(*) from impediment where team_id in (:teams) and kind = 'IMPEDIMENT' "
				+ "and status <> 'MERGED' and opened_at >= :start and opened_at < :end group by team_id", teams, period);
	}

	/** The rungs fired in the period across the teams, by rung. */
	Map<Integer, Long> escalationsByRung(List<Long> teams, Period period) {
		return jdbc.sql("""
				select rung, count(*) from (
				    select distinct e.impediment_id, e.climb_started_at, e.rung
				    from escalation_record e join impediment i on i.id = e.impediment_id
				    where i.team_id in (:teams) and i.kind = 'IMPEDIMENT' and e.at >= :start and e.at < :end) fired
				group by rung""")
			.param("teams", teams)
			.param("start", ts(period.start()))
			.param("end", ts(period.end()))
			.query((rs, row) -> Map.entry(rs.getInt(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * How many of the teams' impediments were open and how many resolved at each instant (merged ones left out), in
	 * one pass over their rows.
	 * @return {open, resolved} for each instant, in order
	 */
	List<long[]> flowAt(List<Long> teams, List<Instant> instants) {
		if (instants.isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder("select ");
		for (int i = 0; i < instants.size(); i++) {
			sql.append(i == 0 ? "" : ", ")
				.append("coalesce(sum(case when opened_at <= :at").append(i)
				.append(" and (resolved_at is null or resolved_at > :at").append(i).append(") then 1 else 0 end), 0), ")
				.append("coalesce(sum(case when resolved_at <= :at").append(i).append(" then 1 else 0 end), 0)");
		}
		sql.append(" from impediment where team_id in (:teams) and kind = 'IMPEDIMENT' and status <> 'MERGED'");
		JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("teams", teams);
		for (int i = 0; i < instants.size(); i++) {
			statement = statement.param("at" + i, ts(instants.get(i)));
		}
		return statement.query((rs, row) -> {
			List<long[]> flows = new java.util.ArrayList<>();
			for (int i = 0; i < instants.size(); i++) {
				flows.add(new long[] { rs.getLong(2 * i + 1), rs.getLong(2 * i + 2) });
			}
			return flows;
		}).single();
	}

	/**
	 * A team's issues over a period.
	 *
	 * @param opened issues logged in the period
	 * @param resolved issues resolved in the period
	 * @param open issues active now
	 * @param escalated of those, the ones past the first rung
	 */
	record IssueCounts(long opened, long resolved, long open, long escalated) {

		static final IssueCounts NONE = new IssueCounts(0, 0, 0, 0);

		boolean any() {
			return opened + resolved + open > 0;
		}

	}

	/** Each team's issues: logged and resolved in the period, open now (merged ones left out). */
	Map<Long, IssueCounts> issues(List<Long> teams, Period period) {
		return jdbc.sql("""
				select team_id,
				    sum(case when opened_at >= :start and opened_at < :end then 1 else 0 end) as opened,
				    sum(case when resolved_at >= :start and resolved_at < :end then 1 else 0 end) as resolved,
				    sum(case when status in ('OPEN', 'SNOOZED', 'ESCALATED') then 1 else 0 end) as still_open,
				    sum(case when status in ('OPEN', 'SNOOZED', 'ESCALATED') and rung > 0 then 1 else 0 end) as escalated
				from impediment
				where team_id in (:teams) and kind = 'ISSUE' and status <> 'MERGED'
				group by team_id""")
			.param("teams", teams)
			.param("start", ts(period.start()))
			.param("end", ts(period.end()))
			.query((rs, row) -> Map.entry(rs.getLong("team_id"), new IssueCounts(rs.getLong("opened"),
					rs.getLong("resolved"), rs.getLong("still_open"), rs.getLong("escalated"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * A change request decided in a period.
	 *
	 * @param teamId its team
	 * @param key the id people type
	 * @param title what it asked for
	 * @param decision approved, rejected or deferred
	 * @param goal the value goal it is linked to (its outcome), or null
	 */
	record DecidedChange(long teamId, String key, String title, String decision, String goal) {

	}

	/** The teams' change requests decided in the period, with the value goal each is linked to, oldest first. */
	List<DecidedChange> decidedChanges(List<Long> teams, Period period) {
		return jdbc.sql("""
				select i.team_id, i.id, i.title, i.decision, g.outcome
				from impediment i
				left join goal_impediment l on l.impediment_id = i.id
				left join value_goal g on g.id = l.goal_id
				where i.team_id in (:teams) and i.kind = 'CHANGE_REQUEST' and i.decision is not null
				    and i.decided_at >= :start and i.decided_at < :end
				order by i.decided_at, i.id""")
			.param("teams", teams)
			.param("start", ts(period.start()))
			.param("end", ts(period.end()))
			.query((rs, row) -> new DecidedChange(rs.getLong("team_id"), LogKind.CHANGE_REQUEST.key(rs.getLong("id")),
					rs.getString("title"), rs.getString("decision").toLowerCase(java.util.Locale.ROOT),
					rs.getString("outcome")))
			.list();
	}

	/** Each team's change requests still waiting for a decision. */
	Map<Long, Long> undecidedChanges(List<Long> teams) {
		return jdbc.sql("select team_id, count(*) from impediment where team_id in (:teams) "
				+ "and kind = 'CHANGE_REQUEST' and status = 'OPEN' group by team_id")
			.param("teams", teams)
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Each team's stand-up summaries sent in the period. */
	Map<Long, Long> standups(List<Long> teams, Period period) {
		return counts("select team_id, count(*) from standup_run where team_id in (:teams) "
				+ "and reported_at >= :start and reported_at < :end group by team_id", teams, period);
	}

	/**
	 * Each team's prompts in the period and how many were answered.
	 * @return team id to {prompted, answered}
	 */
	Map<Long, long[]> answers(List<Long> teams, Period period) {
		return jdbc.sql("""
				select r.team_id, count(*) as prompted, count(e.answered_at) as answered
				from standup_entry e join standup_run r on r.id = e.run_id
				where r.team_id in (:teams) and e.prompted_at >= :start and e.prompted_at < :end
				group by r.team_id""")
			.param("teams", teams)
			.param("start", ts(period.start()))
			.param("end", ts(period.end()))
			.query((rs, row) -> Map.entry(rs.getLong("team_id"),
					new long[] { rs.getLong("prompted"), rs.getLong("answered") }))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Each team's members who were prompted in the period and never answered. */
	Map<Long, List<String>> silent(List<Long> teams, Period period) {
		return jdbc.sql("""
				select m.team_id, m.display_name from member m
				join standup_entry e on e.member_id = m.id
				where m.team_id in (:teams) and e.prompted_at >= :start and e.prompted_at < :end
				group by m.team_id, m.id, m.display_name
				having count(e.answered_at) = 0
				order by m.display_name""")
			.param("teams", teams)
			.param("start", ts(period.start()))
			.param("end", ts(period.end()))
			.query((rs, row) -> Map.entry(rs.getLong("team_id"), rs.getString("display_name")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/**
	 * Each team's average stand-up score per scale (mood, health) in the period, with the average of the period of
	 * the same length before it (null when there were no scores then). A scale whose scores in the period are anonymous
	 * and fewer than three is left out, so no one's score can be told from the average.
	 */
	List<Digest.ScaleTrend> scales(List<Long> teams, Period period) {
		return jdbc.sql("""
				select r.team_id, s.scale,
				       avg(case when r.started_at >= :start then cast(s.score as decimal(6, 3)) end) as average,
				       avg(case when r.started_at < :start then cast(s.score as decimal(6, 3)) end) as earlier
				from standup_score s join standup_run r on r.id = s.run_id
				where r.team_id in (:teams) and r.started_at >= :previous and r.started_at < :end
				group by r.team_id, s.scale
				having count(case when r.started_at >= :start then 1 end) >= 3
				    or (count(case when r.started_at >= :start then 1 end) > 0
				        and sum(case when r.started_at >= :start and s.anonymous then 1 else 0 end) = 0)
				order by r.team_id, s.scale desc""")
			.param("teams", teams)
			.param("previous", ts(period.start().minus(Duration.between(period.start(), period.end()))))
			.param("start", ts(period.start()))
			.param("end", ts(period.end()))
			.query((rs, row) -> new Digest.ScaleTrend(rs.getLong("team_id"), rs.getString("scale")
				.toLowerCase(java.util.Locale.ROOT), rs.getDouble("average"),
					(rs.getObject("earlier") == null) ? null : rs.getDouble("earlier")))
			.list();
	}

	private Map<Long, Long> counts(String sql, List<Long> teams, Period period) {
		return jdbc.sql(sql)
			.param("teams", teams)
			.param("start", ts(period.start()))
			.param("end", ts(period.end()))
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static Instant instant(OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime ts(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
