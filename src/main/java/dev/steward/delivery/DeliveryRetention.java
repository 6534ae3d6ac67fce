package dev.steward.delivery;

import java.time.Instant;
import java.time.ZoneOffset;

import dev.steward.scheduling.Retention;
import dev.steward.scheduling.RetentionProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Empties the payloads of messages sent longer ago than {@code steward.retention.sent-payloads}, leaving {@code {}}:
 * the rows stay, since their keys are what keeps a message from being sent twice. Queued, sending and dead messages
 * are never touched.
 */
@Component
class DeliveryRetention implements Retention {

	static final String EMPTY = "{}";

	private final JdbcClient jdbc;

	private final RetentionProperties properties;

	DeliveryRetention(JdbcClient jdbc, RetentionProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "sent delivery payloads";
	}

	/**
	 * One statement, oldest first through {@code delivery_retention_idx}. The order is total ({@code id} breaks ties)
	 * because H2 picked fewer rows than the limit from a subquery ordered by a column with ties.
	 */
	@Override
	public int prune(Instant now, int batch) {
		return jdbc.sql("""
				update delivery set payload = :empty, payload_pruned_at = :now
				where status = 'SENT' and id in (
				    select id from delivery
				    where status = 'SENT' and payload_pruned_at is null and sent_at < :before
				    order by sent_at, id limit :batch)
				""")
			.param("empty", EMPTY)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("before", now.minus(properties.sentPayloads()).atOffset(ZoneOffset.UTC))
			.param("batch", batch)
			.update();
	}

}
