package dev.steward.chat.teams;

import java.time.Clock;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Remembers which card submissions were handled, by the nonce each rendered button and form carries, in the same
 * {@code processed_event} table that de-duplicates other platform events: a double click or a retried request
 * finds its key taken and changes nothing.
 */
final class CardNonces {

	private final JdbcClient jdbc;

	private final Clock clock;

	CardNonces(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** True the first time the nonce is seen for the action, false for every repeat. */
	boolean firstTime(String nonce, String action) {
		return jdbc.sql("insert into processed_event (event_key, received_at) values (:key, :at) on conflict do nothing")
			.param("key", "teams:card:" + nonce + ":" + action)
			.param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

}
