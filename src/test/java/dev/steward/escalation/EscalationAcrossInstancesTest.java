package dev.steward.escalation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.steward.scheduling.Tick;
import dev.steward.support.SlackStub;
import dev.steward.support.StewardInstance;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three Steward instances on one database tick at the same moments: each rung's message is sent exactly once.
 * Runs on H2 in {@code ./mvnw verify} and on PostgreSQL in {@code .ci/run} ({@code -Dsteward.test.jdbc-url}).
 */
@Tag("storage")
class EscalationAcrossInstancesTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final String PG = System.getProperty("steward.test.jdbc-url");

	private final SlackStub slack = new SlackStub().start();

	private final List<StewardInstance> instances = new ArrayList<>();

	@BeforeEach
	void startThreeInstances() {
		String url = PG == null
				? "jdbc:h2:mem:multi-" + System.nanoTime()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
				: PG + (PG.contains("?") ? "&" : "?") + "currentSchema=steward_multi";
		if (PG != null) {
			Flyway.configure()
				.dataSource(new DriverManagerDataSource(url, System.getProperty("steward.test.jdbc-user", "postgres"), ""))
				.schemas("steward_multi")
				.cleanDisabled(false)
				.load()
				.clean();
		}
		for (int i = 0; i < 3; i++) {
			instances.add(StewardInstance.start(url, slack,
					"--spring.datasource.username=" + System.getProperty("steward.test.jdbc-user", "sa"),
					"--spring.flyway.schemas=" + (PG == null ? "" : "steward_multi")));
		}
	}

	@AfterEach
	void stop() {
		instances.forEach(StewardInstance::close);
		slack.stop();
	}

	@Test
	void eachRungIsSentExactlyOnceWhileThreeInstancesTickTogether() throws Exception {
		freezeAll("2026-11-23T10:00");
		instances.get(0).setUpStandup(slack, "C1", "U0PM", List.of("U0ANN"), "Europe/Berlin", "09:00", "18:00", "TEAM",
				List.of("SATURDAY"));
		assertThat(instances.get(0).client().command("/impediment", "log Release blocked by legal", "U0ANN", "C1", "team").body())
			.contains("Logged");

		for (String moment : List.of("2026-11-23T14:00", "2026-11-23T14:01", "2026-11-24T10:00", "2026-11-25T10:00",
				"2026-11-27T10:00", "2026-11-30T10:00")) {
			freezeAll(moment);
			tickTogether();
			await().untilAsserted(() -> assertThat(pending()).isZero());
		}

		assertThat(escalations("U0ANN")).as("rung 1, the owner").isEqualTo(1);
		assertThat(escalations("U0PM")).as("rung 2, the PMs").isEqualTo(1);
		assertThat(escalations("C1")).as("rungs 3 and 4: the channel, and stakeholders fall back to it").isEqualTo(2);
	}

	private void tickTogether() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(instances.size());
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> results = new ArrayList<>();
		for (StewardInstance instance : instances) {
			results.add(pool.submit(() -> {
				start.await();
				return instance.bean(Tick.class).run();
			}));
		}
		start.countDown();
		for (Future<Integer> result : results) {
			assertThat(result.get()).as("failed units in a tick").isZero();
		}
		pool.shutdown();
	}

	private long escalations(String to) {
		return slack.postsTo(to).stream()
			.filter((post) -> post.get("text").contains("is blocking") || post.get("text").contains("is still blocking"))
			.count();
	}

	private long pending() {
		return instances.get(0).bean(JdbcClient.class)
			.sql("select count(*) from delivery where status in ('PENDING', 'SENDING')")
			.query(Long.class)
			.single();
	}

	private void freezeAll(String berlinTime) {
		Instant instant = LocalDateTime.parse(berlinTime).atZone(BERLIN).toInstant();
		instances.forEach((instance) -> instance.freezeAt(instant));
	}

}
