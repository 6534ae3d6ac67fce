package dev.steward.escalation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.steward.StewardApplication;
import dev.steward.scheduling.AdjustableClock;
import dev.steward.scheduling.Tick;
import dev.steward.support.SignedSlackClient;
import dev.steward.support.SlackPayloads;
import dev.steward.support.SlackStub;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
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

	private static final String SECRET = "multi-secret";

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final String PG = System.getProperty("steward.test.jdbc-url");

	private final SlackStub slack = new SlackStub().start();

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

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
			instances.add(new SpringApplicationBuilder(StewardApplication.class).run("--server.port=0",
					"--spring.datasource.url=" + url,
					"--spring.datasource.username=" + System.getProperty("steward.test.jdbc-user", "sa"),
					"--spring.flyway.schemas=" + (PG == null ? "" : "steward_multi"),
					"--steward.slack.bot-token=xoxb-multi", "--steward.slack.signing-secret=" + SECRET,
					"--steward.slack.api-url=" + slack.apiUrl(), "--steward.scheduling.enabled=false",
					"--steward.delivery.poll-interval=20ms", "--steward.delivery.slack-spacing=0s"));
		}
	}

	@AfterEach
	void stop() {
		instances.forEach(ConfigurableApplicationContext::close);
		slack.stop();
	}

	@Test
	void eachRungIsSentExactlyOnceWhileThreeInstancesTickTogether() throws Exception {
		freezeAll("2026-11-23T10:00");
		SignedSlackClient client = new SignedSlackClient(port(instances.get(0)), SECRET);
		client.command("/standup", "setup", "U0PM", "C1", "team");
		client.interaction(SlackPayloads.submission("U0PM", "standup.setup", "C1\nteam",
				Map.of("members", List.of("U0ANN"), "pms", List.of("U0PM"), "prompt_time", List.of("09:00"),
						"report_time", List.of("18:00"), "reminder", List.of("60"), "days", List.of("SATURDAY"),
						"zone_policy", List.of("TEAM"), "team_zone", List.of("Europe/Berlin"), "questions",
						List.of("What will you do today?")),
				List.of("members", "pms"), List.of("days"), List.of("zone_policy")));
		assertThat(client.command("/impediment", "log Release blocked by legal", "U0ANN", "C1", "team").body())
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
		for (ConfigurableApplicationContext instance : instances) {
			results.add(pool.submit(() -> {
				start.await();
				return instance.getBean(Tick.class).run();
			}));
		}
		start.countDown();
		for (Future<Integer> result : results) {
			assertThat(result.get()).as("failed units in a tick").isZero();
		}
		pool.shutdown();
	}

	private long escalations(String to) {
		return slack.postsTo(to).stream().filter((post) -> post.get("text").contains("is blocking")).count();
	}

	private long pending() {
		return instances.get(0).getBean(JdbcClient.class)
			.sql("select count(*) from delivery where status in ('PENDING', 'SENDING')")
			.query(Long.class)
			.single();
	}

	private void freezeAll(String berlinTime) {
		Instant instant = LocalDateTime.parse(berlinTime).atZone(BERLIN).toInstant();
		instances.forEach((instance) -> instance.getBean(AdjustableClock.class).freezeAt(instant));
	}

	private static int port(ConfigurableApplicationContext instance) {
		return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
	}

}
