package dev.steward.command;

import java.time.Instant;
import java.time.ZoneOffset;

import dev.steward.scheduling.Retention;
import dev.steward.scheduling.RetentionProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Forgets handled platform events older than {@code steward.retention.processed-events}: platforms retry within
 * minutes, and InboundEvents' cache covers the first hour. The keys Teams card submissions leave in the same table
 * go with them (a card is replaced once used, and a double click comes within seconds); Slack's replay signatures
 * and Socket Mode envelope ids are forgotten by SeenRequests after ten minutes already.
 */
@Component
class ProcessedEventRetention implements Retention {

	private final JdbcClient jdbc;

	private final RetentionProperties properties;

	ProcessedEventRetention(JdbcClient jdbc, RetentionProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "processed events";
	}

	/** Oldest first through {@code processed_event_received_idx}, in a total order (see DeliveryRetention). */
	@Override
	public int prune(Instant now, int batch) {
		return jdbc.sql("""
				delete from processed_event where event_key in (
				    select event_key from processed_event where received_at < :before
				    order by received_at, event_key limit :batch)
				""")
			.param("before", now.minus(properties.processedEvents()).atOffset(ZoneOffset.UTC))
			.param("batch", batch)
			.update();
	}

}
