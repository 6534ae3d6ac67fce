package dev.steward.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The webhook subscriptions, in {@code webhook_subscription}. */
@Repository
class Subscriptions {

	private final JdbcClient jdbc;

	Subscriptions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long create(long teamId, String url, String secret, Set<String> events, String createdBy, Instant at) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into webhook_subscription (team_id, url, secret, events, created_by, created_at) "
				+ "values (:team, :url, :secret, :events, :by, :at)")
			.param("team", teamId)
			.param("url", url)
			.param("secret", secret)
			.param("events", String.join(",", events))
			.param("by", createdBy)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	Optional<Subscription> find(long id) {
		return jdbc.sql("select * from webhook_subscription where id = :id").param("id", id).query(this::row)
			.optional();
	}

	List<Subscription> ofTeam(long teamId) {
		return jdbc.sql("select * from webhook_subscription where team_id = :team order by id")
			.param("team", teamId)
			.query(this::row)
			.list();
	}

	/** The team's active subscriptions that hear the event type. */
	List<Subscription> hearing(long teamId, String type) {
		return ofTeam(teamId).stream().filter(Subscription::isActive).filter((s) -> s.events().contains(type)).toList();
	}

	boolean remove(long id, String reason, Instant at) {
		return jdbc.sql("update webhook_subscription set removed_at = :at, removed_reason = :reason "
				+ "where id = :id and removed_at is null")
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("reason", reason)
			.param("id", id)
			.update() == 1;
	}

	private Subscription row(ResultSet rs, int n) throws SQLException {
		OffsetDateTime removed = rs.getObject("removed_at", OffsetDateTime.class);
		return new Subscription(rs.getLong("id"), rs.getLong("team_id"), rs.getString("url"), rs.getString("secret"),
				new LinkedHashSet<>(Arrays.asList(rs.getString("events").split(","))), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				(removed != null) ? removed.toInstant() : null, rs.getString("removed_reason"));
	}

}
