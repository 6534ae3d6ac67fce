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
 * Remembers the Slack requests Steward handled for ten minutes, by what identifies each (an HTTP request's signature,
 * a Socket Mode envelope's id), so a request sent again within that window is handled once, whichever replica it
 * reaches: a Caffeine cache answers first, the unique key of {@code processed_event} decides. While the database
 * cannot be reached the cache alone decides: the request goes on to be answered "try again", since nothing it asks
 * for can be saved without the database.
 */
class SeenRequests {

	/**
	 * A timestamp may be five minutes off either way, so a signature is accepted for ten minutes at most; Slack sends
	 * an unacknowledged envelope again within that time too.
	 */
	static final Duration WINDOW = Duration.ofMinutes(10);

	/** The prefix of the signatures of requests to {@code /slack/events}. */
	static final String SIGNATURES = "slack-sig:";

	/** The prefix of the ids of Socket Mode envelopes. */
	static final String ENVELOPES = "slack-envelope:";

	private static final Logger log = LoggerFactory.getLogger(SeenRequests.class);

	private final Cache<String, Boolean> seen = Caffeine.newBuilder()
		.expireAfterWrite(WINDOW)
		.maximumSize(100_000)
		.build();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final DatabaseOutage outage;

	private final String prefix;

	/**
	 * Takes the clock the window is measured by: for signatures the wall clock the signature check uses, since the
	 * window is about Slack's timestamps; for envelope ids the application's.
	 */
	SeenRequests(JdbcClient jdbc, Clock clock, DatabaseOutage outage, String prefix) {
		this.jdbc = jdbc;
		this.prefix = prefix;
		this.clock = clock;
		this.outage = outage;
	}

	/** True the first time a request is seen by any replica (or by this one while the database is away). */
	boolean firstTime(String id) {
		String key = prefix + id;
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

	/**
	 * Forgets a request whose handling needed the database while it could not be reached, so it is handled when
	 * Slack sends it again.
	 */
	void forget(String id) {
		seen.invalidate(prefix + id);
	}

	private boolean record(String key) {
		return jdbc.sql("insert into processed_event (event_key, received_at) values (:key, :at) on conflict do nothing")
			.param("key", key)
			.param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	/** Forgets the requests Slack would not send again by now, and signatures the check would refuse anyway. */
	@Scheduled(fixedDelayString = "${steward.slack.replay-purge-interval:10m}",
			initialDelayString = "${steward.slack.replay-purge-interval:10m}")
	void forgetExpired() {
		int forgotten = jdbc.sql("delete from processed_event where event_key like :prefix and received_at < :before")
			.param("prefix", prefix + "%")
			.param("before", clock.instant().minus(WINDOW).atOffset(ZoneOffset.UTC))
			.update();
		log.debug("Forgot {} Slack requests ({}) older than {}", forgotten, prefix, WINDOW);
	}

}
