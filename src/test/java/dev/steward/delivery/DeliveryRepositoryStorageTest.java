package dev.steward.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;
import dev.steward.support.StorageTest;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delivery table's guarantees: one row per key, each row claimed by one dispatcher even when several claim
 * batches at once, leases that expire (making an attempt that had left uncertain), and kinds and lifetimes kept.
 */
class DeliveryRepositoryStorageTest extends StorageTest {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	private static final Conversation TO = Conversation.direct(Platform.SLACK, "T1", "U1");

	private static final Lifetime LIFETIME = Lifetime.of(DeliveryKind.PROMPT, 7, NOW.plusSeconds(3600));

	private DeliveryRepository repository;

	@BeforeEach
	void empty() {
		jdbc.sql("delete from delivery").update();
		repository = new DeliveryRepository(jdbc, new NamedParameterJdbcTemplate(dataSource),
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
	}

	@Test
	void insertsAKeyOnlyOnceWithItsKindTeamAndLifetime() {
		assertThat(repository.insert(row("k1", "{}"))).isTrue();
		assertThat(repository.insert(row("k1", "{\"other\":1}"))).isFalse();

		List<Delivery> claimed = repository.claim(NOW, NOW.plusSeconds(30), 10);
		assertThat(claimed).singleElement().satisfies((delivery) -> {
			assertThat(delivery.kind()).isEqualTo(DeliveryKind.PROMPT);
			assertThat(delivery.teamId()).isEqualTo(7);
			assertThat(delivery.expiresAt()).isEqualTo(NOW.plusSeconds(3600));
			assertThat(delivery.to()).isEqualTo(TO);
		});
	}

	@Test
	void dispatchersClaimingAtOnceNeverGetTheSameRow() throws Exception {
		for (int i = 0; i < 200; i++) {
			repository.insert(row("k" + i, "{}"));
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<List<Long>>> claims = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			claims.add(pool.submit(() -> {
				start.await();
				List<Long> ids = new ArrayList<>();
				List<Delivery> batch;
				while (!(batch = repository.claim(NOW, NOW.plusSeconds(30), 7)).isEmpty()) {
					batch.forEach((delivery) -> ids.add(delivery.id()));
				}
				return ids;
			}));
		}
		start.countDown();
		List<Long> all = Collections.synchronizedList(new ArrayList<>());
		for (Future<List<Long>> claim : claims) {
			all.addAll(claim.get());
		}
		pool.shutdown();

		assertThat(all).hasSize(200).doesNotHaveDuplicates();
	}

	@Test
	void anExpiredLeaseReturnsTheRowAndAnAttemptThatHadLeftBecomesUncertain() {
		repository.insert(row("left", "{}"));
		repository.insert(row("never", "{}"));
		List<Delivery> claimed = repository.claim(NOW, NOW.plusSeconds(30), 10);
		repository.startAttempt(claimed.get(0).id(), NOW);

		assertThat(repository.releaseExpiredLeases(NOW.plusSeconds(20))).isZero();
		repository.renewLeases(List.of(claimed.get(0).id()), NOW.plusSeconds(60));
		assertThat(repository.releaseExpiredLeases(NOW.plusSeconds(31))).as("only the one not renewed").isOne();
		assertThat(repository.releaseExpiredLeases(NOW.plusSeconds(61))).isOne();

		assertThat(repository.claim(NOW.plusSeconds(61), NOW.plusSeconds(90), 10))
			.extracting(Delivery::key, Delivery::uncertain, Delivery::firstAttemptAt)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("left", true, NOW),
					org.assertj.core.groups.Tuple.tuple("never", false, null));
	}

	@Test
	void aStoppingInstanceGivesBackOnlyClaimsWhoseAttemptNeverStarted() {
		repository.insert(row("started", "{}"));
		repository.insert(row("waiting", "{}"));
		List<Delivery> claimed = repository.claim(NOW, NOW.plusSeconds(30), 10);
		repository.startAttempt(claimed.get(0).id(), NOW);

		assertThat(repository.releaseUnstarted(claimed.stream().map(Delivery::id).toList())).isOne();
		assertThat(repository.claim(NOW, NOW.plusSeconds(30), 10)).extracting(Delivery::key).containsExactly("waiting");
	}

	@Test
	void aSentRowKeepsItsReferenceAndARescheduledOneIsNotDueBeforeItsTime() {
		repository.insert(row("k4", "{}"));
		repository.insert(row("k5", "{}"));
		List<Delivery> claimed = repository.claim(NOW, NOW.plusSeconds(30), 10);
		repository.markSent(claimed.get(0).id(), "D1:123.456", NOW, null);
		repository.reschedule(claimed.get(1).id(), 1, NOW.plusSeconds(30), "HTTP 503", false);

		assertThat(repository.find("k4")).hasValueSatisfying((sent) -> {
			assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
			assertThat(sent.messageRef()).isEqualTo("D1:123.456");
		});
		assertThat(repository.claim(NOW.plusSeconds(29), NOW.plusSeconds(60), 10)).isEmpty();
		assertThat(repository.claim(NOW.plusSeconds(30), NOW.plusSeconds(60), 10)).extracting(Delivery::key)
			.containsExactly("k5");
	}

	@Test
	void aBatchInsertsOnlyTheKeysNotQueuedYet() {
		repository.insert(row("old", "{}"));

		assertThat(repository.insertAll(List.of(row("old", "{\"again\":1}"), row("new1", "{}"), row("new2", "{}"))))
			.isEqualTo(2);
		assertThat(jdbc.sql("select payload from delivery where idempotency_key = 'old'").query(String.class).single())
			.isEqualTo("{}");
		assertThat(jdbc.sql("select count(*) from delivery").query(Long.class).single()).isEqualTo(3);
	}

	private static DeliveryRepository.Row row(String key, String payload) {
		return new DeliveryRepository.Row(key, TO, Delivery.Operation.POST, null, payload, LIFETIME, NOW);
	}

}
