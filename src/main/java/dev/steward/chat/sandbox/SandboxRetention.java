package dev.steward.chat.sandbox;

import java.time.Instant;
import java.time.ZoneOffset;

import dev.steward.scheduling.Retention;
import dev.steward.scheduling.RetentionProperties;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Deletes sandbox chat messages older than {@code steward.retention.sandbox-messages}, while the sandbox runs. */
class SandboxRetention implements Retention {

	private final JdbcClient jdbc;

	private final RetentionProperties properties;

	SandboxRetention(JdbcClient jdbc, RetentionProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "sandbox messages";
	}

	/** Oldest first through {@code sandbox_message_created_idx}, in a total order (see DeliveryRetention). */
	@Override
	public int prune(Instant now, int batch) {
		return jdbc.sql("""
				delete from sandbox_message where id in (
				    select id from sandbox_message where created_at < :before order by created_at, id limit :batch)
				""")
			.param("before", now.minus(properties.sandboxMessages()).atOffset(ZoneOffset.UTC))
			.param("batch", batch)
			.update();
	}

}
