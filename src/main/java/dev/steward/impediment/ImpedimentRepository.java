package dev.steward.impediment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Impediments and their history in the database. */
@Repository
class ImpedimentRepository {

	private final JdbcClient jdbc;

	ImpedimentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts a new open impediment and returns its id. */
	long insert(long teamId, String title, String ownerId, String reporterId, Severity severity, Long sourceRunId,
			Instant at) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into impediment (team_id, title, owner_id, reporter_id, severity, status, opened_at, source_run_id)
				values (:team, :title, :owner, :reporter, :severity, 'OPEN', :at, :run)""")
			.param("team", teamId)
			.param("title", title)
			.param("owner", ownerId)
			.param("reporter", reporterId)
			.param("severity", severity.name())
			.param("at", ts(at))
			.param("run", sourceRunId)
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	/** Writes the mutable fields and appends the new history events. */
	void save(Impediment impediment) {
		jdbc.sql("""
				update impediment set owner_id = :owner, status = :status, resolved_at = :resolvedAt,
				    resolved_by = :resolvedBy, resolution_note = :note where id = :id""")
			.param("owner", impediment.ownerId())
			.param("status", impediment.status().name())
			.param("resolvedAt", impediment.resolvedAt() == null ? null : ts(impediment.resolvedAt()))
			.param("resolvedBy", impediment.resolvedBy())
			.param("note", impediment.resolutionNote())
			.param("id", impediment.id())
			.update();
		impediment.drainEvents().forEach((event) -> append(impediment.id(), event));
	}

	void append(long impedimentId, ImpedimentEvent event) {
		jdbc.sql("insert into impediment_event (impediment_id, at, actor_id, kind, detail) "
				+ "values (:id, :at, :actor, :kind, :detail)")
			.param("id", impedimentId)
			.param("at", ts(event.at()))
			.param("actor", event.actorId())
			.param("kind", event.kind())
			.param("detail", event.detail().length() > 2000 ? event.detail().substring(0, 2000) : event.detail())
			.update();
	}

	Optional<Impediment> find(long id) {
		return jdbc.sql("select * from impediment where id = :id").param("id", id).query(this::impediment).optional();
	}

	List<ImpedimentEvent> history(long id) {
		return jdbc.sql("select * from impediment_event where impediment_id = :id order by at, id")
			.param("id", id)
			.query((rs, row) -> new ImpedimentEvent(instant(rs, "at"), rs.getString("actor_id"),
					rs.getString("kind"), rs.getString("detail")))
			.list();
	}

	List<Impediment> openByTeam(long teamId, int limit) {
		return jdbc.sql("select * from impediment where team_id = :team and status <> 'RESOLVED' "
				+ "order by opened_at, id limit :limit")
			.param("team", teamId)
			.param("limit", limit)
			.query(this::impediment)
			.list();
	}

	List<Impediment> openByOwner(List<Long> teamIds, String ownerId, int limit) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from impediment where team_id in (:teams) and owner_id = :owner "
				+ "and status <> 'RESOLVED' order by opened_at, id limit :limit")
			.param("teams", teamIds)
			.param("owner", ownerId)
			.param("limit", limit)
			.query(this::impediment)
			.list();
	}

	Optional<Impediment> fromStandup(long runId, String reporterId) {
		return jdbc.sql("select * from impediment where source_run_id = :run and reporter_id = :reporter "
				+ "order by id limit 1")
			.param("run", runId)
			.param("reporter", reporterId)
			.query(this::impediment)
			.optional();
	}

	long count() {
		return jdbc.sql("select count(*) from impediment").query(Long.class).single();
	}

	private Impediment impediment(ResultSet rs, int row) throws SQLException {
		return new Impediment(rs.getLong("id"), rs.getLong("team_id"), rs.getString("title"), rs.getString("owner_id"),
				rs.getString("reporter_id"), Severity.valueOf(rs.getString("severity")),
				ImpedimentStatus.valueOf(rs.getString("status")), instant(rs, "opened_at"), instant(rs, "resolved_at"),
				rs.getString("resolved_by"), rs.getString("resolution_note"), rs.getObject("source_run_id", Long.class));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime ts(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
