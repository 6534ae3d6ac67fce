package dev.steward.delivery;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import dev.steward.chat.Conversation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What was sent to one conversation, newest first, for features that show their deliveries (a webhook's log). */
@Component
public class DeliveryLog {

	private final JdbcClient jdbc;

	DeliveryLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The conversation's latest deliveries. */
	public List<Entry> recent(Conversation to, int limit) {
		return jdbc.sql("select idempotency_key, status, attempts, last_error, created_at, sent_at from delivery "
				+ "where platform = :platform and workspace_id = :workspace and conversation_id = :id "
				+ "order by id desc limit :limit")
			.param("platform", to.platform().name())
			.param("workspace", to.workspaceId())
			.param("id", to.id())
			.param("limit", limit)
			.query((rs, row) -> new Entry(rs.getString("idempotency_key"), DeliveryStatus.valueOf(rs.getString("status")),
					rs.getInt("attempts"), rs.getString("last_error"), instant(rs.getObject("created_at",
							OffsetDateTime.class)), instant(rs.getObject("sent_at", OffsetDateTime.class))))
			.list();
	}

	private static Instant instant(OffsetDateTime value) {
		return (value != null) ? value.toInstant() : null;
	}

	/**
	 * One delivery as the log shows it.
	 *
	 * @param key its idempotency key
	 * @param status where it is
	 * @param attempts how many times it was tried
	 * @param lastError the last failure, or null
	 * @param createdAt when it was queued
	 * @param sentAt when it arrived, or null
	 */
	public record Entry(String key, DeliveryStatus status, int attempts, String lastError, Instant createdAt,
			Instant sentAt) {
	}

}
