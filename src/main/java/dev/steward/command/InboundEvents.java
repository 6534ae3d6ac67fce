package dev.steward.command;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers which platform events were handled, since platforms retry (Slack up to three times): a Caffeine cache
 * answers first, the database's unique key is the final word across restarts and replicas.
 */
@Component
class InboundEvents {

	private final Cache<String, Boolean> seen = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofHours(1))
		.maximumSize(100_000)
		.build();

	private final JdbcClient jdbc;

	private final Clock clock;

	InboundEvents(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** True the first time the key is seen, false for every retry; a key the database did not take is not kept. */
	boolean firstTime(String eventKey) {
		if (seen.getIfPresent(eventKey) != null) {
			return false;
		}
		seen.put(eventKey, Boolean.TRUE);
		try {
			return jdbc
				.sql("insert into processed_event (event_key, received_at) values (:key, :at) on conflict do nothing")
				.param("key", eventKey)
				.param("at", clock.instant().atOffset(ZoneOffset.UTC))
				.update() == 1;
		}
		catch (RuntimeException ex) {
			seen.invalidate(eventKey);
			throw ex;
		}
	}

}
