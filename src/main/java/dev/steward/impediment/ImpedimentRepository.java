package dev.steward.impediment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Impediments, their reporters and their history in the database. */
@Repository
class ImpedimentRepository {

	private static final String ACTIVE = "status in ('OPEN', 'SNOOZED', 'ESCALATED')";

	private final JdbcClient jdbc;

	ImpedimentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts a new open entry of the kind with its reporter and returns its id. */
	long insert(long teamId, LogKind kind, String title, String ownerId, String reporterId, Severity severity,
			Long sourceRunId, Instant at, Impediment.Details details) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into impediment (team_id, kind, title, owner_id, reporter_id, severity, status, opened_at,
				    climb_started_at, source_run_id, impact, change_areas)
				values (:team, :kind, :title, :owner, :reporter, :severity, 'OPEN', :at, :at, :run, :impact, :areas)""")
			.param("team", teamId)
			.param("kind", kind.name())
			.param("impact", details.impact())
			.param("areas", ChangeArea.stored(details.areas()))
			.param("title", title)
			.param("owner", ownerId)
			.param("reporter", reporterId)
			.param("severity", severity.name())
			.param("at", ts(at))
			.param("run", sourceRunId)
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		addReporter(id, reporterId);
		return id;
	}

	void addReporter(long impedimentId, String userId) {
		jdbc.sql("insert into impediment_reporter (impediment_id, user_id) values (:id, :user) on conflict do nothing")
			.param("id", impedimentId)
			.param("user", userId)
			.update();
	}

	List<String> reporters(long impedimentId) {
		return jdbc.sql("select user_id from impediment_reporter where impediment_id = :id order by user_id")
			.param("id", impedimentId)
			.query(String.class)
			.list();
	}

	/**
	 * Writes the mutable fields and appends the new history events, unless someone saved a change since this copy
	 * was read.
	 * @return false when the impediment changed meanwhile (nothing was written)
	 */
	boolean save(Impediment impediment) {
		Impediment.State state = impediment.state();
		int updated = jdbc.sql("""
				update impediment set owner_id = :owner, severity = :severity, status = :status, rung = :rung,
				    climb_started_at = :climb, snoozed_at = :snoozedAt, snoozed_until = :snoozedUntil,
				    paused_minutes = :paused, due_date = :due, merged_into = :merged, resolved_at = :resolvedAt,
				    resolved_by = :resolvedBy, resolution_note = :note, resolved_working_minutes = :workingMinutes,
				    impact = :impact, change_areas = :areas, assessed_at = :assessedAt, assessed_by = :assessedBy,
				    decision = :decision, decision_reason = :reason, decided_at = :decidedAt, decided_by = :decidedBy,
				    version = version + 1
				where id = :id and version = :version""")
			.param("owner", state.ownerId)
			.param("severity", state.severity.name())
			.param("status", state.status.name())
			.param("rung", state.rung)
			.param("climb", ts(state.climbStartedAt))
			.param("snoozedAt", ts(state.snoozedAt))
			.param("snoozedUntil", ts(state.snoozedUntil))
			.param("paused", state.paused.toMinutes())
			.param("due", state.dueDate)
			.param("merged", state.mergedInto)
			.param("resolvedAt", ts(state.resolvedAt))
			.param("resolvedBy", state.resolvedBy)
			.param("note", state.resolutionNote)
			.param("workingMinutes", state.resolvedWorkingTime == null ? null : state.resolvedWorkingTime.toMinutes())
			.param("impact", state.impact)
			.param("areas", ChangeArea.stored(state.changeAreas))
			.param("assessedAt", ts(state.assessedAt))
			.param("assessedBy", state.assessedBy)
			.param("decision", state.decision == null ? null : state.decision.name())
			.param("reason", state.decisionReason)
			.param("decidedAt", ts(state.decidedAt))
			.param("decidedBy", state.decidedBy)
			.param("id", impediment.id())
			.param("version", state.version)
			.update();
		if (updated == 0) {
			return false;
		}
		state.version++;
		impediment.drainEvents().forEach((event) -> append(impediment.id(), event));
		impediment.drainPauses().forEach((pause) -> addPause(impediment.id(), pause));
		return true;
	}

	private void addPause(long impedimentId, Pause pause) {
		jdbc.sql("insert into impediment_pause (impediment_id, started_at, ended_at, working_minutes) "
				+ "values (:id, :start, :end, :minutes)")
			.param("id", impedimentId)
			.param("start", ts(pause.startedAt()))
			.param("end", ts(pause.endedAt()))
			.param("minutes", pause.legacyWorkingTime().toMinutes())
			.update();
	}

	/** The finished snoozes of each impediment, in chunks so a long list stays one query per thousand. */
	Map<Long, List<Pause>> pauses(List<Long> ids) {
		Map<Long, List<Pause>> pauses = new HashMap<>();
		for (int from = 0; from < ids.size(); from += 1000) {
			jdbc.sql("select * from impediment_pause where impediment_id in (:ids) order by started_at, id")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
				.query((rs) -> {
					pauses.computeIfAbsent(rs.getLong("impediment_id"), (id) -> new ArrayList<>())
						.add(new Pause(instant(rs, "started_at"), instant(rs, "ended_at"),
								Duration.ofMinutes(rs.getLong("working_minutes"))));
				});
		}
		return pauses;
	}

	/** Records that the member said at the stand-up that the impediment blocks them; false if recorded already. */
	boolean recordStandup(long impedimentId, long runId, long memberId, Instant at) {
		return jdbc.sql("insert into impediment_standup (impediment_id, run_id, member_id, at) "
				+ "values (:id, :run, :member, :at) on conflict do nothing")
			.param("id", impedimentId)
			.param("run", runId)
			.param("member", memberId)
			.param("at", ts(at))
			.update() == 1;
	}

	/** How many stand-ups the impediment was reported at. */
	int standupCount(long impedimentId) {
		return jdbc.sql("select count(*) from impediment_standup where impediment_id = :id")
			.param("id", impedimentId)
			.query(Integer.class)
			.single();
	}

	/** The active impediments the user owns or reported in the team, oldest first. */
	List<Impediment> activeOwnedOrReportedBy(long teamId, String userId, int limit) {
		return jdbc.sql("select * from impediment i where team_id = :team and kind = 'IMPEDIMENT' and " + ACTIVE
				+ " and (owner_id = :user or exists (select 1 from impediment_reporter r where r.impediment_id = i.id"
				+ " and r.user_id = :user)) order by climb_started_at, id limit :limit")
			.param("team", teamId)
			.param("user", userId)
			.param("limit", limit)
			.query(this::impediment)
			.list();
	}

	/** Sets when an unassessed change request reminds its PMs (null: never). */
	void scheduleTriage(long id, Instant at) {
		jdbc.sql("update impediment set triage_due_at = :at where id = :id")
			.param("at", ts(at))
			.param("id", id)
			.update();
	}

	/** The teams with a change request whose triage reminder has come, through the index. */
	List<Long> teamsDueForTriage(Instant now) {
		return jdbc.sql("select distinct team_id from impediment where triage_due_at <= :now order by team_id")
			.param("now", ts(now))
			.query(Long.class)
			.list();
	}

	/** The team's change requests whose triage reminder has come, oldest first. */
	List<Impediment> dueForTriage(long teamId, Instant now) {
		return jdbc.sql("select * from impediment where triage_due_at <= :now and team_id = :team order by opened_at, id")
			.param("now", ts(now))
			.param("team", teamId)
			.query(this::impediment)
			.list();
	}

	/** Takes the triage reminder of the change request, once: false when another tick or an assessment took it. */
	boolean claimTriage(long id) {
		return jdbc.sql("update impediment set triage_due_at = null where id = :id and triage_due_at is not null")
			.param("id", id)
			.update() == 1;
	}

	/** The team's change requests decided in the window, in the order they were decided. */
	List<Impediment> decidedBetween(long teamId, Instant from, Instant to) {
		return jdbc.sql("select * from impediment where team_id = :team and kind = 'CHANGE_REQUEST' "
				+ "and decided_at >= :from and decided_at < :to order by decided_at, id")
			.param("team", teamId)
			.param("from", ts(from))
			.param("to", ts(to))
			.query(this::impediment)
			.list();
	}

	void scheduleCheck(long id, Instant at) {
		jdbc.sql("update impediment set next_escalation_at = :at where id = :id")
			.param("at", ts(at))
			.param("id", id)
			.update();
	}

	/** The impediments whose next escalation check has come, oldest first: an index range scan. */
	List<Long> dueForCheck(Instant now, int limit) {
		return jdbc.sql("select id from impediment where next_escalation_at <= :now "
				+ "order by next_escalation_at limit :limit")
			.param("now", ts(now))
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	void append(long impedimentId, ImpedimentEvent event) {
		jdbc.sql("insert into impediment_event (impediment_id, at, actor_id, kind, detail, args) "
				+ "values (:id, :at, :actor, :kind, :detail, :args)")
			.param("id", impedimentId)
			.param("at", ts(event.at()))
			.param("actor", event.actorId())
			.param("kind", event.kind())
			.param("detail", event.detail().length() > 2000 ? event.detail().substring(0, 2000) : event.detail())
			.param("args", event.args() == null || event.args().length() > 2000 ? null : event.args())
			.update();
	}

	Optional<Impediment> find(long id) {
		return jdbc.sql("select * from impediment where id = :id").param("id", id).query(this::impediment).optional();
	}

	List<ImpedimentEvent> history(long id) {
		return jdbc.sql("select * from impediment_event where impediment_id = :id order by at, id")
			.param("id", id)
			.query((rs, row) -> new ImpedimentEvent(instant(rs, "at"), rs.getString("actor_id"),
					rs.getString("kind"), rs.getString("detail"), rs.getString("args")))
			.list();
	}

	/** The team's active entries of the kinds, longest climbing first. */
	List<Impediment> activeByTeam(long teamId, Set<LogKind> kinds, int limit) {
		return jdbc.sql("select * from impediment where team_id = :team and kind in (:kinds) and " + ACTIVE
				+ " order by climb_started_at, id limit :limit")
			.param("team", teamId)
			.param("kinds", names(kinds))
			.param("limit", limit)
			.query(this::impediment)
			.list();
	}

	List<Impediment> activeByOwner(List<Long> teamIds, String ownerId, Set<LogKind> kinds, int limit) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from impediment where team_id in (:teams) and owner_id = :owner and kind in (:kinds) "
				+ "and " + ACTIVE + " order by climb_started_at, id limit :limit")
			.param("kinds", names(kinds))
			.param("teams", teamIds)
			.param("owner", ownerId)
			.param("limit", limit)
			.query(this::impediment)
			.list();
	}

	/** The team's active impediments without any history entry since the instant. */
	List<Impediment> staleByTeam(long teamId, LogKind kind, Instant quietSince, int limit) {
		return jdbc.sql("select * from impediment i where team_id = :team and kind = :kind and " + ACTIVE
				+ " and not exists (select 1 from impediment_event e where e.impediment_id = i.id and e.at > :since)"
				+ " order by climb_started_at, id limit :limit")
			.param("team", teamId)
			.param("since", ts(quietSince))
			.param("kind", kind.name())
			.param("limit", limit)
			.query(this::impediment)
			.list();
	}

	/** The impediment the member reported (or was still blocked by) at the stand-up run. */
	Optional<Impediment> fromStandup(long runId, long memberId) {
		return jdbc.sql("select i.* from impediment i join impediment_standup s on s.impediment_id = i.id "
				+ "where s.run_id = :run and s.member_id = :member order by s.at desc, i.id limit 1")
			.param("run", runId)
			.param("member", memberId)
			.query(this::impediment)
			.optional();
	}

	/**
	 * One page of the team's log as the query asks, with how many match in all. Every value is a bound parameter; the
	 * order is one of the query's fixed orders.
	 */
	ImpedimentPage search(long teamId, ImpedimentQuery query) {
		StringBuilder where = new StringBuilder(" from impediment where team_id = :team");
		Map<String, Object> params = new HashMap<>();
		params.put("team", teamId);
		if (!query.kinds().isEmpty()) {
			where.append(" and kind in (:kinds)");
			params.put("kinds", names(query.kinds()));
		}
		if (!query.statuses().isEmpty()) {
			where.append(" and status in (:statuses)");
			params.put("statuses", query.statuses().stream().map(Enum::name).toList());
		}
		if (query.ownerId() != null) {
			where.append(" and owner_id = :owner");
			params.put("owner", query.ownerId());
		}
		if (query.severity() != null) {
			where.append(" and severity = :severity");
			params.put("severity", query.severity().name());
		}
		if (query.minRung() > 0) {
			where.append(" and rung >= :rung");
			params.put("rung", query.minRung());
		}
		if (query.openedBefore() != null) {
			where.append(" and opened_at < :before");
			params.put("before", ts(query.openedBefore()));
		}
		if (query.only() != null) {
			if (query.only().isEmpty()) {
				where.append(" and 1 = 0");
			}
			else {
				where.append(" and id in (:only)");
				params.put("only", List.copyOf(query.only()));
			}
		}
		if (query.text() != null) {
			where.append(" and lower(title) like :text escape '\\'");
			params.put("text", "%" + likeEscaped(query.text().toLowerCase(Locale.ROOT)) + "%");
		}
		long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		List<Impediment> rows = jdbc.sql("select *" + where + " order by " + query.sort().orderBy()
				+ " limit :limit offset :offset")
			.params(params)
			.param("limit", query.size())
			.param("offset", (long) (query.page() - 1) * query.size())
			.query(this::impediment)
			.list();
		return new ImpedimentPage(rows, total, query.page(), query.size());
	}

	List<ImpedimentLog.StandupMention> standupMentions(long impedimentId) {
		return jdbc.sql("select at, member_id from impediment_standup where impediment_id = :id order by at")
			.param("id", impedimentId)
			.query((rs, row) -> new ImpedimentLog.StandupMention(instant(rs, "at"), rs.getLong("member_id")))
			.list();
	}

	/** Adds a link; false when the impediment links to that address already. */
	boolean addLink(long impedimentId, TrackerLink link, String by, Instant at) {
		return jdbc.sql("insert into impediment_link (impediment_id, url, label, tracker, added_by, added_at) "
				+ "values (:id, :url, :label, :tracker, :by, :at) on conflict do nothing")
			.param("id", impedimentId)
			.param("url", link.url())
			.param("label", link.label())
			.param("tracker", link.tracker())
			.param("by", by)
			.param("at", ts(at))
			.update() == 1;
	}

	List<TrackerLink> links(long impedimentId) {
		return jdbc.sql("select url, label, tracker from impediment_link where impediment_id = :id order by added_at, url")
			.param("id", impedimentId)
			.query((rs, row) -> new TrackerLink(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** The links of every impediment of the team, by impediment, for exports. */
	Map<Long, List<TrackerLink>> linksOfTeam(long teamId) {
		Map<Long, List<TrackerLink>> links = new HashMap<>();
		jdbc.sql("select l.impediment_id, l.url, l.label, l.tracker from impediment_link l join impediment i "
				+ "on i.id = l.impediment_id where i.team_id = :team order by l.added_at, l.url")
			.param("team", teamId)
			.query((rs, row) -> Map.entry(rs.getLong(1), new TrackerLink(rs.getString(2), rs.getString(3),
					rs.getString(4))))
			.list()
			.forEach((entry) -> links.computeIfAbsent(entry.getKey(), (id) -> new ArrayList<>()).add(entry.getValue()));
		return links;
	}

	/** Each of the team's impediments, oldest first, read as the caller takes them rather than all at once. */
	void forEachInTeam(long teamId, java.util.function.Consumer<Impediment> each) {
		try (java.util.stream.Stream<Impediment> all = jdbc.sql("select * from impediment where team_id = :team "
				+ "order by id")
			.param("team", teamId)
			.withFetchSize(500)
			.query(this::impediment)
			.stream()) {
			all.forEach(each);
		}
	}

	/** Each history line of the team's log, by entry and time, read as the caller takes them. */
	void forEachEventInTeam(long teamId, java.util.function.Consumer<ImpedimentLog.EntryEvent> each) {
		try (java.util.stream.Stream<ImpedimentLog.EntryEvent> all = jdbc.sql("select e.*, i.kind as entry_kind "
				+ "from impediment_event e join impediment i on i.id = e.impediment_id where i.team_id = :team "
				+ "order by e.impediment_id, e.at, e.id")
			.param("team", teamId)
			.withFetchSize(500)
			.query((rs, row) -> new ImpedimentLog.EntryEvent(rs.getLong("impediment_id"),
					LogKind.valueOf(rs.getString("entry_kind")).key(rs.getLong("impediment_id")),
					new ImpedimentEvent(instant(rs, "at"), rs.getString("actor_id"), rs.getString("kind"),
							rs.getString("detail"), rs.getString("args"))))
			.stream()) {
			all.forEach(each);
		}
	}

	private static List<String> names(Set<LogKind> kinds) {
		return kinds.stream().map(Enum::name).sorted().toList();
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private Impediment impediment(ResultSet rs, int row) throws SQLException {
		Impediment.State state = new Impediment.State();
		state.ownerId = rs.getString("owner_id");
		state.severity = Severity.valueOf(rs.getString("severity"));
		state.status = ImpedimentStatus.valueOf(rs.getString("status"));
		state.rung = rs.getInt("rung");
		state.climbStartedAt = instant(rs, "climb_started_at");
		state.snoozedAt = instant(rs, "snoozed_at");
		state.snoozedUntil = instant(rs, "snoozed_until");
		state.paused = Duration.ofMinutes(rs.getLong("paused_minutes"));
		state.dueDate = rs.getObject("due_date", LocalDate.class);
		state.mergedInto = rs.getObject("merged_into", Long.class);
		state.resolvedAt = instant(rs, "resolved_at");
		state.resolvedBy = rs.getString("resolved_by");
		state.resolutionNote = rs.getString("resolution_note");
		Long minutes = rs.getObject("resolved_working_minutes", Long.class);
		state.resolvedWorkingTime = minutes == null ? null : Duration.ofMinutes(minutes);
		state.version = rs.getInt("version");
		state.impact = rs.getString("impact");
		state.changeAreas = ChangeArea.fromStored(rs.getString("change_areas"));
		state.assessedAt = instant(rs, "assessed_at");
		state.assessedBy = rs.getString("assessed_by");
		String decision = rs.getString("decision");
		state.decision = decision == null ? null : Decision.valueOf(decision);
		state.decisionReason = rs.getString("decision_reason");
		state.decidedAt = instant(rs, "decided_at");
		state.decidedBy = rs.getString("decided_by");
		return new Impediment(rs.getLong("id"), rs.getLong("team_id"), LogKind.valueOf(rs.getString("kind")),
				rs.getString("title"),
				rs.getString("reporter_id"), instant(rs, "opened_at"), rs.getObject("source_run_id", Long.class), state);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime ts(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

}
