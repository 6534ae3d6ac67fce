package dev.steward.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
				where team_id in (:teams) and status <> 'MERGED' and opened_at <= :to
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
				+ "and resolved_at >= :start and resolved_at < :end and resolved_working_minutes is not null")
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
				    where i.team_id in (:teams) and e.at >= :start and e.at < :end) fired
				group by team_id""", teams, period);
	}

	/** Each team's impediments opened in the period (merged ones left out). */
	Map<Long, Long> opened(List<Long> teams, Period period) {
		return counts("select team_id, count(*) from impediment where team_id in (:teams) and status <> 'MERGED' "
				+ "and opened_at >= :start and opened_at < :end group by team_id", teams, period);
	}

	/** The rungs fired in the period across the teams, by rung. */
	Map<Integer, Long> escalationsByRung(List<Long> teams, Period period) {
		return jdbc.sql("""
				select rung, count(*) from (
				    select distinct e.impediment_id, e.climb_started_at, e.rung
				    from escalation_record e join impediment i on i.id = e.impediment_id
				    where i.team_id in (:teams) and e.at >= :start and e.at < :end) fired
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
		sql.append(" from impediment where team_id in (:teams) and status <> 'MERGED'");
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
