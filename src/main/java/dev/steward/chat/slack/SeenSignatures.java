package dev.steward.chat.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.storage.DatabaseOutage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Remembers the signatures of the Slack requests Steward handled while their timestamps are still accepted, so a
 * request replayed within that window is handled once, whichever replica it reaches: a Caffeine cache answers first,
 * the unique key of {@code processed_event} decides. While the database cannot be reached the cache alone decides:
 * the request goes on to be answered "try again", since nothing it asks for can be saved without the database.
 */
class SeenSignatures {

	/** A timestamp may be five minutes off either way, so a signature is accepted for ten minutes at most. */
	static final Duration WINDOW = Duration.ofMinutes(10);

	private static final Logger log = LoggerFactory.getLogger(SeenSignatures.class);

	private static final String PREFIX = "slack-sig:";

	private final Cache<String, Boolean> seen = Caffeine.newBuilder()
		.expireAfterWrite(WINDOW)
		.maximumSize(100_000)
		.build();

	private final JdbcClient jdbc;

	private final Clock wallClock;

	private final DatabaseOutage outage;

	/** Takes the wall clock the signature check uses, since the window is about Slack's timestamps. */
	SeenSignatures(JdbcClient jdbc, Clock wallClock, DatabaseOutage outage) {
		this.jdbc = jdbc;
		this.wallClock = wallClock;
		this.outage = outage;
	}

	/** True the first time a signature is seen by any replica (or by this one while the database is away). */
	boolean firstTime(String signature) {
		String key = PREFIX + signature;
		if (seen.getIfPresent(key) != null) {
			return false;
		}
		seen.put(key, Boolean.TRUE);
		if (outage.recentlyUnreachable()) {
			return true;
		}
		try {
			boolean first = record(key);
			outage.reachable();
			return first;
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.isOutage(ex)) {
				throw ex;
			}
			outage.unreachable("the Slack replay check", ex);
			return true;
		}
	}

	private boolean record(String key) {
		return jdbc.sql("insert into processed_event (event_key, received_at) values (:key, :at) on conflict do nothing")
			.param("key", key)
			.param("at", wallClock.instant().atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	/** Forgets the signatures whose timestamps the signature check would refuse by now anyway. */
	@Scheduled(fixedDelayString = "${steward.slack.replay-purge-interval:10m}",
			initialDelayString = "${steward.slack.replay-purge-interval:10m}")
	void forgetExpired() {
		int forgotten = jdbc.sql("delete from processed_event where event_key like :prefix and received_at < :before")
			.param("prefix", PREFIX + "%")
			.param("before", wallClock.instant().minus(WINDOW).atOffset(ZoneOffset.UTC))
			.update();
		log.debug("Forgot {} Slack request signatures older than {}", forgotten, WINDOW);
	}

}
