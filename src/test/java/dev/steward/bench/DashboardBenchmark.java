package dev.steward.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard over HTTP with 100,000 impediments and 1,000,000 stand-up answers in PostgreSQL: the impediment log
 * filtered and sorted, the trends page, a search across the answers, and a CSV export of every answer, in the
 * benchmark profile's 256 MB heap. Prints the figures; asserts only that each page answered. Run it with
 * {@code ./mvnw -Pbenchmark test -Dtest=DashboardBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "steward.scheduling.enabled=false", "spring.flyway.schemas=steward_dash_bench",
				"spring.datasource.username=postgres" })
class DashboardBenchmark {

	private static final String URL = System.getProperty("steward.test.jdbc-url",
			"jdbc:postgresql://127.0.0.1:5432/test");

	private static final int MEMBERS = 100;

	private static final int DAYS = Integer.getInteger("bench.days", 4_167);

	private static final int IMPEDIMENTS = Integer.getInteger("bench.impediments", 100_000);

	private static final int RUNS = 40;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) throws Exception {
		try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists steward_dash_bench cascade");
		}
		registry.add("spring.datasource.url", () -> URL + (URL.contains("?") ? "&" : "?")
				+ "currentSchema=steward_dash_bench");
	}

	@Test
	void measuresTheLogTheTrendsTheSearchAndAnExportOverAMillionAnswers() throws Exception {
		long seeding = System.nanoTime();
		long team = seed();
		System.out.printf("%nDashboard on PostgreSQL: %,d impediments, %,d answers (%,d members, %,d days), seeded in "
				+ "%,d s%n", count("impediment"), count("standup_answer"), MEMBERS, DAYS,
				(System.nanoTime() - seeding) / 1_000_000_000);
		HttpClient browser = signedIn();

		report("impediment log, active + high, oldest first", browser,
				"/dashboard/teams/" + team + "/impediments?status=active&severity=high&sort=oldest");
		report("impediment log, all, title search 'staging'", browser,
				"/dashboard/teams/" + team + "/impediments?status=all&q=staging&sort=newest&page=3");
		report("trends by week (12 weeks)", browser, "/dashboard/teams/" + team + "/trends");
		report("answer search 'staging' (200 newest)", browser, "/dashboard/teams/" + team + "/standups?q=staging");

		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
		Thread sampler = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		sampler.setDaemon(true);
		sampler.start();
		long started = System.nanoTime();
		long rows = 0;
		HttpResponse<InputStream> export = browser.send(request("/dashboard/teams/" + team
				+ "/export/standup-answers.csv"), HttpResponse.BodyHandlers.ofInputStream());
		try (InputStream body = export.body()) {
			byte[] buffer = new byte[64 * 1024];
			for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
				for (int i = 0; i < read; i++) {
					if (buffer[i] == '\n') {
						rows++;
					}
				}
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		sampler.interrupt();
		System.out.printf("  CSV export of every answer: %,d lines in %.1f s = %,.0f rows/s; heap in use at most %,d MB "
				+ "(limit %,d MB, server and client in one JVM)%n", rows, seconds, rows / seconds,
				peak.get() / (1024 * 1024), memory.getHeapMemoryUsage().getMax() / (1024 * 1024));
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(rows).isGreaterThanOrEqualTo(count("standup_answer"));
	}

	private void report(String what, HttpClient browser, String path) throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(browser.send(request(path), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			long started = System.nanoTime();
			HttpResponse<String> page = browser.send(request(path), HttpResponse.BodyHandlers.ofString());
			millis.add((System.nanoTime() - started) / 1e6);
			assertThat(page.statusCode()).isEqualTo(200);
		}
		Collections.sort(millis);
		System.out.printf("  %s: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d requests, warm)%n", what,
				millis.get(RUNS / 2), millis.get(RUNS * 95 / 100), millis.get(RUNS - 1), RUNS);
	}

	/** A team of 100 with DAYS days of three answers each, and IMPEDIMENTS impediments over the same years. */
	private long seed() {
		long team = jdbc.sql("select id from team where channel_id = 'team-alpha'").query(Long.class).single();
		long standup = jdbc.sql("select id from standup where team_id = :team").param("team", team).query(Long.class)
			.single();
		jdbc.sql("insert into member (team_id, user_id, display_name, role, participates, time_zone) "
				+ "select :team, 'u' || n, 'Person ' || n, 'MEMBER', true, 'UTC' from generate_series(1, :n) n")
			.param("team", team).param("n", MEMBERS - 4).update();
		jdbc.sql("insert into standup_run (team_id, standup_id, run_date, started_at, reported_at) "
				+ "select :team, :standup, date '2017-01-02' + n, timestamp with time zone '2017-01-02 09:00:00+00' "
				+ "+ n * interval '1 day', timestamp with time zone '2017-01-02 11:00:00+00' + n * interval '1 day' "
				+ "from generate_series(0, :days - 1) n")
			.param("team", team).param("standup", standup).param("days", DAYS).update();
		jdbc.sql("insert into standup_entry (run_id, member_id, prompted_at, answered_at) "
				+ "select r.id, m.id, r.started_at, case when (r.id + m.id) % 5 = 0 then null "
				+ "else r.started_at + interval '10 minutes' end "
				+ "from standup_run r cross join member m where r.team_id = :team and m.team_id = :team")
			.param("team", team).update();
		jdbc.sql("insert into standup_answer (run_id, member_id, position, kind, question, answer) "
				+ "select e.run_id, e.member_id, q.p, case q.p when 2 then 'BLOCKERS' else 'TEXT' end, "
				+ "case q.p when 0 then 'What did you do yesterday?' when 1 then 'What will you do today?' "
				+ "else 'Anything blocking you?' end, "
				+ "case when (e.run_id * 7 + e.member_id * 13 + q.p) % 97 = 0 then 'Moved the staging cluster ' "
				+ "else 'Worked on ticket ' end || ((e.run_id * 31 + e.member_id) % 5000) "
				+ "from standup_entry e join standup_run r on r.id = e.run_id cross join generate_series(0, 2) q(p) "
				+ "where r.team_id = :team and e.answered_at is not null")
			.param("team", team).update();
		jdbc.sql("insert into impediment (team_id, title, owner_id, reporter_id, severity, status, opened_at, "
				+ "climb_started_at, resolved_at, resolved_working_minutes, rung) "
				+ "select :team, case when n % 40 = 0 then 'Staging environment down ' else 'Blocked on ' end || n, "
				+ "'u' || (n % 96 + 1), 'u' || ((n * 7) % 96 + 1), "
				+ "case n % 3 when 0 then 'HIGH' when 1 then 'MEDIUM' else 'LOW' end, "
				+ "case when n % 10 < 7 then 'RESOLVED' when n % 10 = 7 then 'ESCALATED' else 'OPEN' end, "
				+ "timestamp with time zone '2017-01-02 10:00:00+00' + (n * interval '2921 minutes') / 1000 * 1000 / :count, "
				+ "timestamp with time zone '2017-01-02 10:00:00+00' + (n * interval '2921 minutes') / 1000 * 1000 / :count, "
				+ "case when n % 10 < 7 then timestamp with time zone '2017-01-02 10:00:00+00' "
				+ "+ (n * interval '2921 minutes') / 1000 * 1000 / :count + (n % 200) * interval '1 hour' end, "
				+ "case when n % 10 < 7 then (n % 200) * 60 end, case when n % 10 = 7 then 1 + n % 3 else 0 end "
				+ "from generate_series(1, :count) n")
			.param("team", team).param("count", IMPEDIMENTS).update();
		jdbc.sql("insert into impediment_event (impediment_id, at, actor_id, kind, detail) "
				+ "select id, opened_at, reporter_id, 'OPENED', 'Opened: ' || title from impediment where team_id = :team")
			.param("team", team).update();
		jdbc.sql("analyze").update();
		return team;
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private HttpClient signedIn() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String page = browser.send(request("/sign-in"), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> signed = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/sign-in/local"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("person=alice&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signed.statusCode()).isEqualTo(302);
		return browser;
	}

	private HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
	}

}
