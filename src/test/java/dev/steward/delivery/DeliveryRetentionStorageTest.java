package dev.steward.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.scheduling.Retention;
import dev.steward.scheduling.RetentionJob;
import dev.steward.scheduling.RetentionProperties;
import dev.steward.support.StorageTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sent messages lose their payloads after two weeks, a thousand rows per statement, and keep their rows and keys;
 * nothing queued, being sent or given up on is touched. On H2 and, in CI, on PostgreSQL.
 */
class DeliveryRetentionStorageTest extends StorageTest {

	private static final Instant NOW = Instant.parse("2026-12-15T03:00:00Z");

	private static final String PAYLOAD = "{\"blocks\":[{\"text\":\"Stand-up\"}]}";

	private DeliveryRetention retention;

	@BeforeEach
	void emptyQueue() {
		jdbc.sql("delete from delivery").update();
		retention = new DeliveryRetention(jdbc, new RetentionProperties(Duration.ofDays(14), Duration.ofDays(1),
				Duration.ofDays(30), Duration.ofHours(1)));
	}

	@Test
	void emptiesThePayloadsOfMessagesSentOverTwoWeeksAgoAThousandAtATime() {
		insertSent("old:", 2_500, NOW.minus(Duration.ofDays(15)));
		insert("recent:1", "SENT", NOW.minus(Duration.ofDays(13)));
		List<Integer> statements = new ArrayList<>();

		RetentionJob.Pruned pruned = RetentionJob.prune(recording(statements), NOW, 1_000);

		assertThat(statements).as(database()).containsExactly(1_000, 1_000, 500);
		assertThat(pruned).isEqualTo(new RetentionJob.Pruned("sent delivery payloads", 2_500, 3));
		assertThat(payloads("old:%")).containsOnly(DeliveryRetention.EMPTY);
		assertThat(payloads("recent:%")).containsExactly(PAYLOAD);
		assertThat(count()).isEqualTo(2_501);
	}

	/** Every row carries a sending time here, so only its status can keep it out. */
	@Test
	void neverTouchesAMessageThatIsQueuedBeingSentOrThatFailed() {
		Instant longAgo = NOW.minus(Duration.ofDays(60));
		insert("pending", "PENDING", longAgo);
		insert("sending", "SENDING", longAgo);
		insert("dead", "DEAD", longAgo);
		insert("expired", "EXPIRED", longAgo);

		assertThat(RetentionJob.prune(retention, NOW, 1_000).rows()).isZero();

		assertThat(payloads("%")).as(database()).containsOnly(PAYLOAD);
		assertThat(jdbc.sql("select status from delivery where idempotency_key = 'pending'").query(String.class)
			.single()).isEqualTo("PENDING");
	}

	@Test
	void aPrunedMessageKeepsItsKeySoItIsNeverQueuedAgain() {
		insert("prompt:1:U1:2026-11-23", "SENT", NOW.minus(Duration.ofDays(20)));
		RetentionJob.prune(retention, NOW, 1_000);

		int queuedAgain = jdbc.sql("""
				insert into delivery (idempotency_key, platform, workspace_id, conversation_kind, conversation_id,
				    operation, payload, status, attempts, next_attempt_at, created_at, expires_at)
				values ('prompt:1:U1:2026-11-23', 'SLACK', 'T1', 'DIRECT', 'U1', 'POST', '{}', 'PENDING', 0, :now, :now,
				    :now)
				on conflict do nothing
				""").param("now", NOW.atOffset(ZoneOffset.UTC)).update();

		assertThat(queuedAgain).as(database()).isZero();
		assertThat(RetentionJob.prune(retention, NOW, 1_000)).as("a second run finds nothing")
			.isEqualTo(new RetentionJob.Pruned("sent delivery payloads", 0, 1));
	}

	/** The retention, noting how many rows each of its statements pruned. */
	private Retention recording(List<Integer> statements) {
		return new Retention() {

			@Override
			public String name() {
				return retention.name();
			}

			@Override
			public int prune(Instant now, int batch) {
				int pruned = retention.prune(now, batch);
				statements.add(pruned);
				return pruned;
			}

		};
	}

	private void insert(String key, String status, Instant at) {
		jdbc.sql("""
				insert into delivery (idempotency_key, platform, workspace_id, conversation_kind, conversation_id,
				    operation, payload, status, attempts, next_attempt_at, created_at, sent_at, expires_at)
				values (:key, 'SLACK', 'T1', 'DIRECT', 'U1', 'POST', :payload, :status, 0, :at, :at, :at, :at)
				""")
			.param("key", key)
			.param("payload", PAYLOAD)
			.param("status", status)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** Inserts as many sent messages in one statement: a connection per row is slow on PostgreSQL. */
	private void insertSent(String keyPrefix, int count, Instant at) {
		jdbc.sql("""
				insert into delivery (idempotency_key, platform, workspace_id, conversation_kind, conversation_id,
				    operation, payload, status, attempts, next_attempt_at, created_at, sent_at, expires_at)
				with recursive n (i) as (select 1 union all select i + 1 from n where i < :count)
				select :prefix || i, 'SLACK', 'T1', 'DIRECT', 'U1', 'POST', :payload, 'SENT', 0, :at, :at, :at, :at
				from n
				""")
			.param("count", count)
			.param("prefix", keyPrefix)
			.param("payload", PAYLOAD)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	private List<String> payloads(String keys) {
		return jdbc.sql("select payload from delivery where idempotency_key like :keys")
			.param("keys", keys)
			.query(String.class)
			.list();
	}

	private long count() {
		return jdbc.sql("select count(*) from delivery").query(Long.class).single();
	}

}
