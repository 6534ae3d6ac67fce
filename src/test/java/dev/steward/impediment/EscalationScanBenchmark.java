package dev.steward.impediment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the escalation scan's query takes with 1,000,000 impediments in PostgreSQL of which 1,000 are due, and
 * whether it uses the index. Prints figures; asserts only that it found the due ones. Run it with
 * {@code ./mvnw -Pbenchmark test -Dtest=EscalationScanBenchmark}.
 */
@Tag("benchmark")
class EscalationScanBenchmark {

	private static final String URL = System.getProperty("steward.test.jdbc-url", "jdbc:postgresql://127.0.0.1:5432/test");

	private static final int IMPEDIMENTS = Integer.getInteger("bench.impediments", 1_000_000);

	private static final int DUE = 1_000;

	private static final int RUNS = 50;

	/** The batch the escalation scan reads per tick ({@code EscalationScan.BATCH}). */
	private static final int BATCH = 1000;

	@Test
	void scanFindsTheDueImpedimentsAmongAMillion() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				URL + (URL.contains("?") ? "&" : "?") + "currentSchema=steward_bench",
				System.getProperty("steward.test.jdbc-user", "postgres"), "");
		Flyway flyway = Flyway.configure().dataSource(dataSource).schemas("steward_bench").cleanDisabled(false).load();
		flyway.clean();
		flyway.migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		long seedStarted = System.nanoTime();
		seed(jdbc);
		long seedMillis = (System.nanoTime() - seedStarted) / 1_000_000;

		SingleConnectionDataSource pooled = new SingleConnectionDataSource(dataSource.getUrl(),
				dataSource.getUsername(), dataSource.getPassword(), true);
		ImpedimentRepository repository = new ImpedimentRepository(JdbcClient.create(pooled));
		Instant now = jdbc.sql("select now()").query(java.time.OffsetDateTime.class).single().toInstant();
		for (int i = 0; i < 5; i++) {
			repository.dueForCheck(now, BATCH);
		}
		List<Double> millis = new ArrayList<>();
		int found = 0;
		for (int i = 0; i < RUNS; i++) {
			long started = System.nanoTime();
			found = repository.dueForCheck(now, BATCH).size();
			millis.add((System.nanoTime() - started) / 1e6);
		}
		Collections.sort(millis);
		List<String> plan = jdbc.sql("explain (analyze, buffers) select id from impediment where next_escalation_at <= "
				+ "now() order by next_escalation_at limit " + BATCH).query(String.class).list();

		System.out.printf("%nEscalation scan on PostgreSQL: %,d impediments, %,d due (seeded in %,d ms)%n", IMPEDIMENTS,
				DUE, seedMillis);
		System.out.printf("  found %d due; over %d runs on an open connection: p50 %.2f ms, p95 %.2f ms, max %.2f ms%n",
				found, RUNS,
				millis.get(RUNS / 2), millis.get(RUNS * 95 / 100), millis.get(RUNS - 1));
		System.out.println("  plan:");
		plan.forEach((line) -> System.out.println("    " + line));
		assertThat(found).isEqualTo(DUE);
		assertThat(String.join("\n", plan)).contains("impediment_next_escalation_idx");
		pooled.destroy();
		flyway.clean();
	}

	private static void seed(JdbcClient jdbc) {
		jdbc.sql("insert into team (platform, workspace_id, channel_id, name, time_zone, created_at) "
				+ "select 'SLACK', 'T1', 'C' || g, '#team-' || g, 'UTC', now() from generate_series(1, 200) g").update();
		long firstTeam = jdbc.sql("select min(id) from team").query(Long.class).single();
		jdbc.sql("""
				insert into impediment (team_id, title, owner_id, reporter_id, severity, status, opened_at,
				    climb_started_at, rung, next_escalation_at)
				select :team + (g % 200), 'Impediment ' || g, 'U' || (g % 700), 'U' || (g % 900), 'MEDIUM',
				    case when g % 3 = 0 then 'RESOLVED' else 'OPEN' end,
				    now() - interval '30 days', now() - interval '30 days', g % 4,
				    case when g <= :due then now() - (g || ' seconds')::interval
				         when g % 3 = 0 then null
				         else now() + (g || ' seconds')::interval end
				from generate_series(1, :count) g""")
			.param("team", firstTeam)
			.param("due", DUE)
			.param("count", IMPEDIMENTS)
			.update();
		jdbc.sql("analyze impediment").update();
	}

}
