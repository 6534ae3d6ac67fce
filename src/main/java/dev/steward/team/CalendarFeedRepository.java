package dev.steward.team;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Calendar feeds in the database, and when each is to be read next. */
@Repository
class CalendarFeedRepository {

	private final JdbcClient jdbc;

	CalendarFeedRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Gives the team or member a feed, replacing one they had, to be read at once. */
	void set(long teamId, Long memberId, String url, String setBy, Instant now) {
		remove(teamId, memberId);
		jdbc.sql("insert into calendar_feed (team_id, member_id, url, set_by, created_at, next_read_at) "
				+ "values (:team, :member, :url, :by, :now, :now)")
			.param("team", teamId)
			.param("member", memberId)
			.param("url", url)
			.param("by", setBy)
			.param("now", utc(now))
			.update();
	}

	/** Removes the team's or member's feed; returns whether there was one. */
	boolean remove(long teamId, Long memberId) {
		return owner(jdbc.sql("delete from calendar_feed where " + owner(memberId)), teamId, memberId).update() > 0;
	}

	Optional<CalendarFeed> of(long teamId, Long memberId) {
		return owner(jdbc.sql("select * from calendar_feed where " + owner(memberId)), teamId, memberId)
			.query(this::feed)
			.optional();
	}

	Optional<CalendarFeed> find(long id) {
		return jdbc.sql("select * from calendar_feed where id = :id").param("id", id).query(this::feed).optional();
	}

	/** The feeds due to be read, longest due first. */
	List<Long> due(Instant now, int limit) {
		return jdbc.sql("select id from calendar_feed where next_read_at <= :now order by next_read_at, id limit :limit")
			.param("now", utc(now))
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/** Records a good reading: the failures in a row, if any, are over. */
	void readWell(long id, Instant now, Instant next) {
		jdbc.sql("update calendar_feed set read_at = :now, next_read_at = :next, failing_since = null, failure = null "
				+ "where id = :id")
			.param("now", utc(now))
			.param("next", utc(next))
			.param("id", id)
			.update();
	}

	/**
	 * Records a failed reading.
	 * @return true when it is the first of a run of failures (the one to report), false when it goes on failing
	 */
	boolean failed(long id, String failure, Instant now, Instant next) {
		int started = jdbc.sql("update calendar_feed set failing_since = :now where id = :id and failing_since is null")
			.param("now", utc(now))
			.param("id", id)
			.update();
		jdbc.sql("update calendar_feed set failure = :failure, next_read_at = :next where id = :id")
			.param("failure", failure.length() > 300 ? failure.substring(0, 300) : failure)
			.param("next", utc(next))
			.param("id", id)
			.update();
		return started > 0;
	}

	/** The condition for the team's own feed (no member) or a member's. */
	private static String owner(Long memberId) {
		return "team_id = :team and member_id " + (memberId == null ? "is null" : "= :member");
	}

	private static JdbcClient.StatementSpec owner(JdbcClient.StatementSpec statement, long teamId, Long memberId) {
		JdbcClient.StatementSpec spec = statement.param("team", teamId);
		return memberId == null ? spec : spec.param("member", memberId);
	}

	private CalendarFeed feed(ResultSet rs, int row) throws SQLException {
		long member = rs.getLong("member_id");
		Long memberId = rs.wasNull() ? null : member;
		return new CalendarFeed(rs.getLong("id"), rs.getLong("team_id"), memberId,
				rs.getString("url"), rs.getString("set_by"), instant(rs, "read_at"), instant(rs, "failing_since"),
				rs.getString("failure"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
