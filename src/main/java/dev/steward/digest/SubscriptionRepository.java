package dev.steward.digest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.EnumSet;
import java.util.Arrays;
import java.util.Optional;

import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Digest subscriptions, the teams they follow and the periods already sent. */
@Repository
class SubscriptionRepository {

	private final JdbcClient jdbc;

	SubscriptionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates the subscription or updates its time, day and zone; returns it. */
	Subscription upsert(Conversation target, Subscription.Cadence cadence, LocalTime sendAt, DayOfWeek weekday,
			Set<DayOfWeek> days, ZoneId zone, String createdBy, Instant now) {
		String dayList = days.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
		int updated = jdbc.sql("update digest_subscription set send_at = :at, weekday = :day, days = :days, "
				+ "time_zone = :zone where platform = :platform and workspace_id = :workspace and kind = :kind "
				+ "and target_id = :target and cadence = :cadence")
			.param("at", sendAt)
			.param("day", weekday.name())
			.param("days", dayList)
			.param("zone", zone.getId())
			.param("platform", target.platform().name())
			.param("workspace", target.workspaceId())
			.param("kind", target.kind().name())
			.param("target", target.id())
			.param("cadence", cadence.name())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into digest_subscription (platform, workspace_id, kind, target_id, cadence, send_at, weekday,
					    days, time_zone, created_by, created_at)
					values (:platform, :workspace, :kind, :target, :cadence, :at, :day, :days, :zone, :by, :now)""")
				.param("platform", target.platform().name())
				.param("workspace", target.workspaceId())
				.param("kind", target.kind().name())
				.param("target", target.id())
				.param("cadence", cadence.name())
				.param("at", sendAt)
				.param("day", weekday.name())
				.param("days", dayList)
				.param("zone", zone.getId())
				.param("by", createdBy)
				.param("now", now.atOffset(ZoneOffset.UTC))
				.update();
		}
		return of(target).stream().filter((subscription) -> subscription.cadence() == cadence).findFirst().orElseThrow();
	}

	void follow(long subscriptionId, long teamId) {
		jdbc.sql("insert into digest_team (subscription_id, team_id) values (:id, :team) on conflict do nothing")
			.param("id", subscriptionId)
			.param("team", teamId)
			.update();
	}

	/** Stops following the team (or every team when null); subscriptions left without teams are removed. */
	int unfollow(Conversation target, Long teamId) {
		int removed = 0;
		for (Subscription subscription : of(target)) {
			removed += jdbc.sql("delete from digest_team where subscription_id = :id"
					+ (teamId == null ? "" : " and team_id = :team"))
				.param("id", subscription.id())
				.param("team", teamId)
				.update();
			if (teams(subscription.id()).isEmpty()) {
				jdbc.sql("delete from digest_sent where subscription_id = :id").param("id", subscription.id()).update();
				jdbc.sql("delete from digest_subscription where id = :id").param("id", subscription.id()).update();
			}
		}
		return removed;
	}

	List<Subscription> of(Conversation target) {
		return jdbc.sql("select * from digest_subscription where platform = :platform and workspace_id = :workspace "
				+ "and kind = :kind and target_id = :target order by cadence")
			.param("platform", target.platform().name())
			.param("workspace", target.workspaceId())
			.param("kind", target.kind().name())
			.param("target", target.id())
			.query(this::subscription)
			.list();
	}

	/** The channel digests that follow the team. */
	List<Subscription> channelsFollowing(long teamId) {
		return jdbc.sql("select s.* from digest_subscription s join digest_team t on t.subscription_id = s.id "
				+ "where t.team_id = :team and s.kind = 'CHANNEL' order by s.id")
			.param("team", teamId)
			.query(this::subscription)
			.list();
	}

	Optional<Subscription> find(long id) {
		return jdbc.sql("select * from digest_subscription where id = :id").param("id", id).query(this::subscription)
			.optional();
	}

	List<Long> allIds() {
		return jdbc.sql("select id from digest_subscription order by id").query(Long.class).list();
	}

	List<Long> teams(long subscriptionId) {
		return jdbc.sql("select team_id from digest_team where subscription_id = :id order by team_id")
			.param("id", subscriptionId)
			.query(Long.class)
			.list();
	}

	boolean wasSent(long subscriptionId, String periodKey) {
		return jdbc.sql("select count(*) from digest_sent where subscription_id = :id and period_key = :key")
			.param("id", subscriptionId)
			.param("key", periodKey)
			.query(Long.class)
			.single() > 0;
	}

	/** The last period sent: its end, open count and median time to resolve in minutes. */
	Optional<Sent> lastSent(long subscriptionId) {
		return jdbc.sql("select * from digest_sent where subscription_id = :id order by period_end desc limit 1")
			.param("id", subscriptionId)
			.query((rs, row) -> new Sent(rs.getObject("period_end", OffsetDateTime.class).toInstant(),
					rs.getInt("open_count"), rs.getObject("median_resolve_minutes", Long.class)))
			.optional();
	}

	/** Records the period as sent; false when another tick did already. */
	boolean markSent(long subscriptionId, Period period, int openCount, Long medianMinutes, boolean late,
			Instant now) {
		return jdbc.sql("""
				insert into digest_sent (subscription_id, period_key, period_start, period_end, open_count,
				    median_resolve_minutes, late, sent_at)
				values (:id, :key, :start, :end, :open, :median, :late, :now) on conflict do nothing""")
			.param("id", subscriptionId)
			.param("key", period.key())
			.param("start", period.start().atOffset(ZoneOffset.UTC))
			.param("end", period.end().atOffset(ZoneOffset.UTC))
			.param("open", openCount)
			.param("median", medianMinutes)
			.param("late", late)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	/**
	 * What the last digest said, for the change against it.
	 *
	 * @param end where its period ended
	 * @param openCount the open impediments then
	 * @param medianResolveMinutes the median working time to resolve then, or null
	 */
	record Sent(Instant end, int openCount, Long medianResolveMinutes) {

	}

	private static Set<DayOfWeek> days(String text) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		Arrays.stream(text.split(",")).filter((day) -> !day.isBlank()).forEach((day) -> days.add(DayOfWeek.valueOf(day)));
		return days;
	}

	private Subscription subscription(ResultSet rs, int row) throws SQLException {
		return new Subscription(rs.getLong("id"), Platform.valueOf(rs.getString("platform")),
				rs.getString("workspace_id"), Conversation.Kind.valueOf(rs.getString("kind")), rs.getString("target_id"),
				Subscription.Cadence.valueOf(rs.getString("cadence")), rs.getObject("send_at", LocalTime.class),
				DayOfWeek.valueOf(rs.getString("weekday")), days(rs.getString("days")), ZoneId.of(rs.getString("time_zone")),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
