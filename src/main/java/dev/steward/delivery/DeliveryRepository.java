package dev.steward.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** The delivery table: idempotent inserts, claims in batches with a lease, attempts, outcomes. */
@Repository
class DeliveryRepository {

	private static final String COLUMNS = "id, idempotency_key, platform, workspace_id, conversation_kind, "
			+ "conversation_id, operation, target_key, payload, attempts, kind, team_id, expires_at, first_attempt_at, "
			+ "uncertain, step, message_ref";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final TransactionTemplate transaction;

	DeliveryRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.transaction = transaction;
	}

	private static final String INSERT = """
			insert into delivery (idempotency_key, platform, workspace_id, conversation_kind, conversation_id,
			    operation, target_key, payload, status, attempts, next_attempt_at, created_at, kind, team_id,
			    expires_at)
			values (:key, :platform, :workspace, :kind, :conversation, :operation, :target, :payload,
			    'PENDING', 0, :now, :now, :deliveryKind, :team, :expires)
			on conflict do nothing""";

	/** Inserts unless a delivery with the key exists; true when inserted. */
	boolean insert(Row row) {
		return batch.update(INSERT, row.parameters()) == 1;
	}

	/** Inserts each row unless a delivery with its key exists, in one batch; how many were inserted. */
	int insertAll(List<Row> rows) {
		if (rows.isEmpty()) {
			return 0;
		}
		int inserted = 0;
		for (int count : batch.batchUpdate(INSERT,
				rows.stream().map(Row::parameters).toArray(SqlParameterSource[]::new))) {
			inserted += Math.max(count, 0);
		}
		return inserted;
	}

	/**
	 * A delivery to insert.
	 *
	 * @param key its idempotency key
	 * @param to where it goes
	 * @param operation post or update
	 * @param targetKey for an update, the key of the message it replaces
	 * @param payload the message as JSON
	 * @param lifetime what it is and until when it is worth sending
	 * @param now when it is queued
	 */
	record Row(String key, Conversation to, Delivery.Operation operation, String targetKey, String payload,
			Lifetime lifetime, Instant now) {

		SqlParameterSource parameters() {
			return new MapSqlParameterSource().addValue("key", key)
				.addValue("platform", to.platform().name())
				.addValue("workspace", to.workspaceId())
				.addValue("kind", to.kind().name())
				.addValue("conversation", to.id())
				.addValue("operation", operation.name())
				.addValue("target", targetKey)
				.addValue("payload", payload)
				.addValue("now", ts(now))
				.addValue("deliveryKind", lifetime.kind().name())
				.addValue("team", lifetime.teamId(), Types.BIGINT)
				.addValue("expires", ts(lifetime.until()));
		}

	}

	/**
	 * Puts back deliveries whose claimer died before finishing; one whose attempt had left may have arrived, so it is
	 * marked uncertain and looked up before it is sent again.
	 */
	int releaseExpiredLeases(Instant now) {
		return jdbc.sql("update delivery set status = 'PENDING', lease_until = null, "
				+ "uncertain = case when attempt_started_at is null then uncertain else true end, "
				+ "attempt_started_at = null where status = 'SENDING' and lease_until < :now")
			.param("now", ts(now))
			.update();
	}

	/**
	 * Claims up to {@code limit} due deliveries for this dispatcher, oldest first; rows another replica is claiming
	 * at the same moment are skipped, not waited for.
	 */
	List<Delivery> claim(Instant now, Instant leaseUntil, int limit) {
		return transaction.execute((status) -> {
			List<Long> ids = jdbc.sql("select id from delivery where status = 'PENDING' and next_attempt_at <= :now "
					+ "order by next_attempt_at, id limit :limit for update skip locked")
				.param("now", ts(now))
				.param("limit", limit)
				.query(Long.class)
				.list();
			if (ids.isEmpty()) {
				return List.<Delivery>of();
			}
			jdbc.sql("update delivery set status = 'SENDING', lease_until = :lease where id in (:ids)")
				.param("lease", ts(leaseUntil))
				.param("ids", ids)
				.update();
			return jdbc.sql("select " + COLUMNS + " from delivery where id in (:ids) order by next_attempt_at, id")
				.param("ids", ids)
				.query(this::delivery)
				.list();
		});
	}

	/** Records that an attempt is leaving now: if this instance dies, its outcome is unknown. */
	void startAttempt(long id, Instant now) {
		jdbc.sql("update delivery set attempt_started_at = :now, first_attempt_at = coalesce(first_attempt_at, :now) "
				+ "where id = :id")
			.param("now", ts(now))
			.param("id", id)
			.update();
	}

	/** Keeps the claims of the deliveries this instance is still working on. */
	void renewLeases(Collection<Long> ids, Instant leaseUntil) {
		if (!ids.isEmpty()) {
			jdbc.sql("update delivery set lease_until = :lease where status = 'SENDING' and id in (:ids)")
				.param("lease", ts(leaseUntil))
				.param("ids", ids)
				.update();
		}
	}

	/** Gives back claims whose attempt never started (the instance is stopping). */
	int releaseUnstarted(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return 0;
		}
		return jdbc.sql("update delivery set status = 'PENDING', lease_until = null where status = 'SENDING' "
				+ "and attempt_started_at is null and id in (:ids)")
			.param("ids", ids)
			.update();
	}

	/** The status and message reference of the delivery with the key. */
	Optional<Sent> find(String key) {
		return jdbc.sql("select status, message_ref from delivery where idempotency_key = :key")
			.param("key", key)
			.query((rs, row) -> new Sent(DeliveryStatus.valueOf(rs.getString("status")), rs.getString("message_ref")))
			.optional();
	}

	/** The key of the message posted (not updated or replied) as the platform's reference, if Steward posted it. */
	Optional<String> keyPostedAs(String messageRef) {
		return jdbc.sql("select idempotency_key from delivery where message_ref = :ref and operation = 'POST' "
				+ "and status = 'SENT' order by id limit 1")
			.param("ref", messageRef)
			.query(String.class)
			.optional();
	}

	void markSent(long id, String messageRef, Instant now, String note) {
		jdbc.sql("update delivery set status = 'SENT', message_ref = :ref, sent_at = :now, lease_until = null, "
				+ "attempt_started_at = null, uncertain = false, last_error = :note where id = :id")
			.param("ref", messageRef)
			.param("now", ts(now))
			.param("note", truncate(note))
			.param("id", id)
			.update();
	}

	/** Records that the text of a multi-part message is out, so a retry only does the rest. */
	void markPosted(long id, String messageRef) {
		jdbc.sql("update delivery set step = :step, message_ref = :ref, attempt_started_at = null, uncertain = false "
				+ "where id = :id")
			.param("step", Delivery.POSTED)
			.param("ref", messageRef)
			.param("id", id)
			.update();
	}

	void reschedule(long id, int attempts, Instant next, String error, boolean uncertain) {
		jdbc.sql("update delivery set status = 'PENDING', attempts = :attempts, next_attempt_at = :next, "
				+ "lease_until = null, attempt_started_at = null, uncertain = :uncertain, last_error = :error "
				+ "where id = :id")
			.param("attempts", attempts)
			.param("next", ts(next))
			.param("uncertain", uncertain)
			.param("error", truncate(error))
			.param("id", id)
			.update();
	}

	/** Ends the delivery as given up (dead) or no longer useful (expired), with the reason. */
	void end(long id, DeliveryStatus status, int attempts, String reason) {
		jdbc.sql("update delivery set status = :status, attempts = :attempts, lease_until = null, "
				+ "attempt_started_at = null, last_error = :error where id = :id")
			.param("status", status.name())
			.param("attempts", attempts)
			.param("error", truncate(reason))
			.param("id", id)
			.update();
	}

	long countByStatus(DeliveryStatus status) {
		return jdbc.sql("select count(*) from delivery where status = :status")
			.param("status", status.name())
			.query(Long.class)
			.single();
	}

	/** How long the longest-waiting due message has waited at {@code now}; zero when none is due. */
	Duration oldestDueAge(Instant now) {
		return jdbc.sql("select next_attempt_at from delivery where status = 'PENDING' and next_attempt_at <= :now "
				+ "order by next_attempt_at limit 1")
			.param("now", ts(now))
			.query((rs, row) -> Duration.between(instant(rs, "next_attempt_at"), now))
			.optional()
			.orElse(Duration.ZERO);
	}

	/** How many messages ended dead or expired, by status and kind. */
	Map<String, Long> failedByKind() {
		Map<String, Long> counts = new java.util.TreeMap<>();
		jdbc.sql("select status, kind, count(*) from delivery where status in ('DEAD', 'EXPIRED') group by status, kind")
			.query((rs) -> {
				counts.put(rs.getString(1) + ":" + rs.getString(2), rs.getLong(3));
			});
		return counts;
	}

	private Delivery delivery(ResultSet rs, int row) throws SQLException {
		Conversation to = new Conversation(Platform.valueOf(rs.getString("platform")), rs.getString("workspace_id"),
				Conversation.Kind.valueOf(rs.getString("conversation_kind")), rs.getString("conversation_id"));
		return new Delivery(rs.getLong("id"), rs.getString("idempotency_key"), to,
				Delivery.Operation.valueOf(rs.getString("operation")), rs.getString("target_key"),
				rs.getString("payload"), rs.getInt("attempts"), DeliveryKind.valueOf(rs.getString("kind")),
				rs.getObject("team_id", Long.class), instant(rs, "expires_at"), instant(rs, "first_attempt_at"),
				rs.getBoolean("uncertain"), rs.getString("step"), rs.getString("message_ref"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static String truncate(String error) {
		return (error == null || error.length() <= 500) ? error : error.substring(0, 500);
	}

	private static OffsetDateTime ts(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	/** The state of a delivery as seen by an update that depends on it. */
	record Sent(DeliveryStatus status, String messageRef) {

	}

}
