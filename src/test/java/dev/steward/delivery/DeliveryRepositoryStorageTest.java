package dev.steward.delivery;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;
import dev.steward.support.StorageTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The delivery table's guarantees: one row per key, one claimer per row, leases that expire. */
class DeliveryRepositoryStorageTest extends StorageTest {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	private static final Conversation TO = Conversation.direct(Platform.SLACK, "T1", "U1");

	private DeliveryRepository repository;

	@BeforeEach
	void empty() {
		jdbc.sql("delete from delivery").update();
		repository = new DeliveryRepository(jdbc);
	}

	@Test
	void insertsAKeyOnlyOnce() {
		assertThat(repository.insert("k1", TO, Delivery.Operation.POST, null, "{}", NOW)).isTrue();
		assertThat(repository.insert("k1", TO, Delivery.Operation.POST, null, "{\"other\":1}", NOW)).isFalse();
		assertThat(repository.dueIds(NOW, 10)).hasSize(1);
	}

	@Test
	void onlyOneClaimerGetsARow() {
		repository.insert("k2", TO, Delivery.Operation.POST, null, "{}", NOW);
		long id = repository.dueIds(NOW, 10).get(0);

		assertThat(repository.claim(id, NOW.plusSeconds(120))).isPresent()
			.hasValueSatisfying((delivery) -> assertThat(delivery.to()).isEqualTo(TO));
		assertThat(repository.claim(id, NOW.plusSeconds(120))).isEmpty();
		assertThat(repository.dueIds(NOW, 10)).isEmpty();
	}

	@Test
	void expiredLeaseReturnsTheRowToTheQueue() {
		repository.insert("k3", TO, Delivery.Operation.POST, null, "{}", NOW);
		long id = repository.dueIds(NOW, 10).get(0);
		repository.claim(id, NOW.plusSeconds(120));

		assertThat(repository.releaseExpiredLeases(NOW.plusSeconds(60))).isZero();
		assertThat(repository.releaseExpiredLeases(NOW.plusSeconds(121))).isEqualTo(1);
		assertThat(repository.dueIds(NOW.plusSeconds(121), 10)).containsExactly(id);
	}

	@Test
	void sentRowKeepsItsMessageReferenceForLaterUpdates() {
		repository.insert("k4", TO, Delivery.Operation.POST, null, "{}", NOW);
		long id = repository.dueIds(NOW, 10).get(0);
		repository.claim(id, NOW.plusSeconds(120));
		repository.markSent(id, "D1:123.456", NOW);

		assertThat(repository.find("k4")).hasValueSatisfying((sent) -> {
			assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
			assertThat(sent.messageRef()).isEqualTo("D1:123.456");
		});
	}

	@Test
	void rescheduledRowIsNotDueBeforeItsTime() {
		repository.insert("k5", TO, Delivery.Operation.POST, null, "{}", NOW);
		long id = repository.dueIds(NOW, 10).get(0);
		repository.claim(id, NOW.plusSeconds(120));
		repository.reschedule(id, 1, NOW.plusSeconds(30), "HTTP 503");

		assertThat(repository.dueIds(NOW.plusSeconds(29), 10)).isEmpty();
		assertThat(repository.dueIds(NOW.plusSeconds(30), 10)).containsExactly(id);
	}

}
