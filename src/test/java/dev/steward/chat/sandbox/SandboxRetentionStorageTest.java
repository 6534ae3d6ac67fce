package dev.steward.chat.sandbox;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.scheduling.RetentionJob;
import dev.steward.scheduling.RetentionProperties;
import dev.steward.support.StorageTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox chat forgets messages after thirty days. On H2 and, in CI, on PostgreSQL. */
class SandboxRetentionStorageTest extends StorageTest {

	private static final Instant NOW = Instant.parse("2026-12-31T12:00:00Z");

	private SandboxMessageStore store;

	private SandboxRetention retention;

	@BeforeEach
	void emptyChat() {
		jdbc.sql("delete from sandbox_message").update();
		store = new SandboxMessageStore(jdbc);
		retention = new SandboxRetention(jdbc, new RetentionProperties(Duration.ofDays(14), Duration.ofDays(1),
				Duration.ofDays(30), Duration.ofHours(1)));
	}

	@Test
	void deletesMessagesOlderThanThirtyDays() {
		store.add("dm:bob", "bob", "{\"text\":\"old\"}", NOW.minus(Duration.ofDays(31)));
		store.add("dm:bob", null, "{\"text\":\"older\"}", NOW.minus(Duration.ofDays(45)));
		long recent = store.add("dm:bob", "bob", "{\"text\":\"recent\"}", NOW.minus(Duration.ofDays(29)));

		assertThat(RetentionJob.prune(retention, NOW, 1_000))
			.isEqualTo(new RetentionJob.Pruned("sandbox messages", 2, 1));
		assertThat(store.list("dm:bob")).as(database()).extracting(SandboxMessageStore.Stored::id)
			.containsExactly(recent);
	}

}
