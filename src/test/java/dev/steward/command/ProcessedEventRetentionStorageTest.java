package dev.steward.command;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.scheduling.RetentionJob;
import dev.steward.scheduling.RetentionProperties;
import dev.steward.support.StorageTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Handled events are forgotten a day after they arrived, whoever wrote them, a thousand per statement; younger
 * ones stay to spot retries. On H2 and, in CI, on PostgreSQL.
 */
class ProcessedEventRetentionStorageTest extends StorageTest {

	private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

	private ProcessedEventRetention retention;

	@BeforeEach
	void noEvents() {
		jdbc.sql("delete from processed_event").update();
		retention = new ProcessedEventRetention(jdbc, new RetentionProperties(Duration.ofDays(14), Duration.ofDays(1),
				Duration.ofDays(30), Duration.ofHours(1)));
	}

	@Test
	void forgetsEventsOlderThanADayInBatchesAndKeepsYoungerOnes() {
		insertMany("slack:Ev", 1_200, NOW.minus(Duration.ofHours(25)));
		insert("teams:card:nonce-1:29:1bob:standup.skip", NOW.minus(Duration.ofDays(3)));
		insert("slack:EvRECENT", NOW.minus(Duration.ofHours(23)));
		insert("slack-sig:v0=abc", NOW.minus(Duration.ofMinutes(5)));

		RetentionJob.Pruned pruned = RetentionJob.prune(retention, NOW, 1_000);

		assertThat(pruned).as(database()).isEqualTo(new RetentionJob.Pruned("processed events", 1_201, 2));
		assertThat(jdbc.sql("select event_key from processed_event order by event_key").query(String.class).list())
			.containsExactly("slack-sig:v0=abc", "slack:EvRECENT");
	}

	/** Inserts as many events in one statement: a connection per row is slow on PostgreSQL. */
	private void insertMany(String keyPrefix, int count, Instant at) {
		jdbc.sql("""
				insert into processed_event (event_key, received_at)
				with recursive n (i) as (select 1 union all select i + 1 from n where i < :count)
				select :prefix || i, :at from n
				""")
			.param("count", count)
			.param("prefix", keyPrefix)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	private void insert(String key, Instant at) {
		jdbc.sql("insert into processed_event (event_key, received_at) values (:key, :at)")
			.param("key", key)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

}
