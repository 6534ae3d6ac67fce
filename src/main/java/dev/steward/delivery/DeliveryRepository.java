package dev.steward.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The delivery table: idempotent inserts, claims with a lease, and outcomes. */
@Repository
class DeliveryRepository {

	private final JdbcClient jdbc;

	DeliveryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts unless a delivery with the key exists; true when inserted. */
	boolean insert(String key, Conversation to, Delivery.Operation operation, String targetKey, String payload,
			Instant now) {
		return jdbc.sql("""
				insert into delivery (idempotency_key, platform, workspace_id, conversation_kind, conversation_id,
				    operation, target_key, payload, status, attempts, next_attempt_at, created_at)
				values (:key, :platform, :workspace, :kind, :conversation, :operation, :target, :payload,
				    'PENDING', 0, :now, :now)
				on conflict do nothing""")
			.param("key", key)
			.param("platform", to.platform().name())
			.param("workspace", to.workspaceId())
			.param("kind", to.kind().name())
			.param("conversation", to.id())
			.param("operation", operation.name())
			.param("target", targetKey)
			.param("payload", payload)
			.param("now", ts(now))
			.update() == 1;
	}

	/** Puts back deliveries whose claimer died before finishing. */
	int releaseExpiredLeases(Instant now) {
		return jdbc.sql("update delivery set status = 'PENDING', lease_until = null "
				+ "where status = 'SENDING' and lease_until < :now")
			.param("now", ts(now))
			.update();
	}

	List<Long> dueIds(Instant now, int limit) {
		return jdbc.sql("select id from delivery where status = 'PENDING' and next_attempt_at <= :now "
				+ "order by next_attempt_at, id limit :limit")
			.param("now", ts(now))
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/** Claims a pending delivery for this dispatcher; empty when another one was faster. */
	Optional<Delivery> claim(long id, Instant leaseUntil) {
		int claimed = jdbc
			.sql("update delivery set status = 'SENDING', lease_until = :lease where id = :id and status = 'PENDING'")
			.param("lease", ts(leaseUntil))
			.param("id", id)
			.update();
		if (claimed == 0) {
			return Optional.empty();
		}
		return jdbc.sql("select * from delivery where id = :id").param("id", id).query(this::delivery).optional();
	}

	/** The status and message reference of the delivery with the key. */
	Optional<Sent> find(String key) {
		return jdbc.sql("select status, message_ref from delivery where idempotency_key = :key")
			.param("key", key)
			.query((rs, row) -> new Sent(DeliveryStatus.valueOf(rs.getString("status")), rs.getString("message_ref")))
			.optional();
	}

	void markSent(long id, String messageRef, Instant now) {
		jdbc.sql("update delivery set status = 'SENT', message_ref = :ref, sent_at = :now, lease_until = null, "
				+ "last_error = null where id = :id")
			.param("ref", messageRef)
			.param("now", ts(now))
			.param("id", id)
			.update();
	}

	void reschedule(long id, int attempts, Instant next, String error) {
		jdbc.sql("update delivery set status = 'PENDING', attempts = :attempts, next_attempt_at = :next, "
				+ "lease_until = null, last_error = :error where id = :id")
			.param("attempts", attempts)
			.param("next", ts(next))
			.param("error", truncate(error))
			.param("id", id)
			.update();
	}

	void markDead(long id, int attempts, String error) {
		jdbc.sql("update delivery set status = 'DEAD', attempts = :attempts, lease_until = null, last_error = :error "
				+ "where id = :id")
			.param("attempts", attempts)
			.param("error", truncate(error))
			.param("id", id)
			.update();
	}

	long countByStatus(DeliveryStatus status) {
		return jdbc.sql("select count(*) from delivery where status = :status")
			.param("status", status.name())
			.query(Long.class)
			.single();
	}

	private Delivery delivery(ResultSet rs, int row) throws SQLException {
		Conversation to = new Conversation(Platform.valueOf(rs.getString("platform")), rs.getString("workspace_id"),
				Conversation.Kind.valueOf(rs.getString("conversation_kind")), rs.getString("conversation_id"));
		return new Delivery(rs.getLong("id"), rs.getString("idempotency_key"), to,
				Delivery.Operation.valueOf(rs.getString("operation")), rs.getString("target_key"),
				rs.getString("payload"), rs.getInt("attempts"));
	}

	private static String truncate(String error) {
		return (error == null || error.length() <= 500) ? error : error.substring(0, 500);
	}

	private static OffsetDateTime ts(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** The state of a delivery as seen by an update that depends on it. */
	record Sent(DeliveryStatus status, String messageRef) {

	}

}
