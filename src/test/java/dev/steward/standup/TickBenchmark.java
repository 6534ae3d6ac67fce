package dev.steward.standup;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.steward.scheduling.Tick;
import dev.steward.support.SignedSlackClient;
import dev.steward.support.SlackStub;
import dev.steward.support.StandupSetup;
import dev.steward.support.StewardInstance;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tick over 1,000 members in 100 stand-ups, after 1, 30 and 365 days of history, on H2 (file, as by default) and
 * on PostgreSQL: a tick that prompts everyone, and an idle one (nothing due), cold (the first in the JVM) and warm.
 * Prints figures to set beside AsyncUp's tick on the same machine (see docs/performance.md). Run it with
 * {@code ./mvnw -Pbenchmark test -Dtest=TickBenchmark}.
 */
@Tag("benchmark")
class TickBenchmark {

	private static final int STANDUPS = 100;

	private static final int MEMBERS = 10;

	/** Monday 23 November 2026: prompts at 09:00 UTC, summaries at 11:00. */
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static final Instant BEFORE_PROMPTS = Instant.parse("2026-11-23T08:00:00Z");

	private static final Instant PROMPTS = Instant.parse("2026-11-23T09:00:00Z");

	private static final Instant AFTER_PROMPTS = Instant.parse("2026-11-23T09:45:00Z");

	private static final String POSTGRES = System.getProperty("steward.test.jdbc-url",
			"jdbc:postgresql://127.0.0.1:5432/test");

	private static final SlackStub slack = new SlackStub().start();

	private static final List<String> lines = new ArrayList<>();

	@TempDir
	Path folder;

	@AfterAll
	static void print() {
		slack.stop();
		System.out.println();
		System.out.println("Tick over " + STANDUPS * MEMBERS + " members in " + STANDUPS + " stand-ups (ms: min / median / max)");
		lines.forEach(System.out::println);
	}

	@Test
	void onH2() {
		for (int days : List.of(1, 30, 365)) {
			measure("H2", StewardInstance.h2File(folder.resolve("h" + days)), "sa", days);
		}
	}

	@Test
	void onPostgres() {
		for (int days : List.of(1, 30, 365)) {
			String schema = "steward_tick_" + days;
			DriverManagerDataSource admin = new DriverManagerDataSource(POSTGRES, user(), "");
			Flyway.configure().dataSource(admin).schemas(schema).cleanDisabled(false).load().clean();
			measure("PostgreSQL", POSTGRES + (POSTGRES.contains("?") ? "&" : "?") + "currentSchema=" + schema, user(),
					days);
		}
	}

	private void measure(String database, String url, String user, int days) {
		slack.reset();
		try (StewardInstance steward = StewardInstance.startAt(BEFORE_PROMPTS, url, slack,
				"--spring.datasource.username=" + user, "--steward.delivery.poll-interval=1h")) {
			setUp(steward);
			int runs = seedHistory(steward.bean(DataSource.class), days);
			Tick tick = steward.bean(Tick.class);
			JdbcClient jdbc = steward.bean(JdbcClient.class);

			List<Double> idleBefore = timed(steward, tick, BEFORE_PROMPTS, 21);
			List<Double> prompting = new ArrayList<>();
			for (int sample = 0; sample < 6; sample++) {
				forgetToday(jdbc);
				prompting.addAll(timed(steward, tick, PROMPTS, 1));
				assertThat(jdbc.sql("select count(*) from delivery where idempotency_key like 'prompt:%' "
						+ "and created_at >= :nine").param("nine", PROMPTS.atOffset(ZoneOffset.UTC))
					.query(Long.class).single()).isEqualTo(STANDUPS * MEMBERS);
			}
			List<Double> idleAfter = timed(steward, tick, AFTER_PROMPTS, 21);
			lines.add(String.format("  %-10s %3d days (%,6d past runs): prompting cold %6.0f, warm %s; "
					+ "idle before prompts cold %5.1f, warm %s; idle after prompts warm %s", database, days, runs,
					prompting.get(0), spread(prompting.subList(1, prompting.size())), idleBefore.get(0),
					spread(idleBefore.subList(1, idleBefore.size())), spread(idleAfter.subList(1, idleAfter.size()))));
		}
	}

	/** 100 stand-ups of 10 over signed HTTP, as their PMs would set them up. */
	private static void setUp(StewardInstance steward) {
		SignedSlackClient client = steward.client();
		for (int team = 1; team <= STANDUPS; team++) {
			int first = (team - 1) * MEMBERS;
			List<String> members = IntStream.range(first, first + MEMBERS).mapToObj("U%05d"::formatted).toList();
			client.command("/standup", "setup", "U0PM", "C" + team, "team-" + team);
			assertThat(client.interaction(StandupSetup.of(members, "U0PM")
				.set("prompt_time", "09:00")
				.set("report_time", "11:00")
				.set("zone_policy", "TEAM")
				.set("team_zone", "UTC")
				.set("days", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"))
				.slack("U0PM", "C" + team, "team-" + team)).body()).doesNotContain("errors");
		}
	}

	/**
	 * Each stand-up's past working days within the days before today: a reported run, each member prompted and
	 * answering three questions, and the prompts and summary sent. Returns how many runs.
	 */
	private static int seedHistory(DataSource dataSource, int days) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		List<Map<String, Object>> standups = jdbc.queryForList("select id, team_id from standup order by id");
		List<LocalDate> dates = new ArrayList<>();
		for (LocalDate date = TODAY.minusDays(days); date.isBefore(TODAY); date = date.plusDays(1)) {
			if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
				dates.add(date);
			}
		}
		List<Object[]> runs = new ArrayList<>();
		for (Map<String, Object> standup : standups) {
			for (LocalDate date : dates) {
				runs.add(new Object[] { standup.get("id"), standup.get("team_id"), date, at(date, 9), at(date, 11) });
			}
		}
		jdbc.batchUpdate("insert into standup_run (standup_id, team_id, run_date, started_at, reported_at) "
				+ "values (?, ?, ?, ?, ?)", runs);
		Batches batches = new Batches(jdbc);
		jdbc.query("select r.id, r.standup_id, r.run_date, m.id as member_id, m.user_id from standup_run r "
				+ "join standup_member sm on sm.standup_id = r.standup_id join member m on m.id = sm.member_id",
				(rs) -> {
					LocalDate date = rs.getObject("run_date", LocalDate.class);
					long run = rs.getLong("id");
					long member = rs.getLong("member_id");
					batches.entry(new Object[] { run, member, at(date, 9), at(date, 10) });
					for (int position = 0; position < 3; position++) {
						batches.answer(new Object[] { run, member, position, "TODAY", "What will you do today?",
								"Work on ticket " + run + "-" + position });
					}
					batches.delivery(new Object[] { "prompt:s" + rs.getLong("standup_id") + ":" + rs.getString("user_id")
							+ ":" + date, "DIRECT", rs.getString("user_id"), at(date, 9), at(date, 9), at(date, 9),
							at(date, 11) });
				});
		batches.flush();
		return runs.size();
	}

	/** Inserts seeded rows a few thousand at a time, so a year of history fits the benchmark's 256 MB heap. */
	private static final class Batches {

		private static final int SIZE = 5000;

		private final JdbcTemplate jdbc;

		private final List<Object[]> entries = new ArrayList<>();

		private final List<Object[]> answers = new ArrayList<>();

		private final List<Object[]> deliveries = new ArrayList<>();

		Batches(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		void entry(Object[] row) {
			add(entries, row);
		}

		void answer(Object[] row) {
			add(answers, row);
		}

		void delivery(Object[] row) {
			add(deliveries, row);
		}

		private void add(List<Object[]> rows, Object[] row) {
			rows.add(row);
			if (rows.size() >= SIZE) {
				flush();
			}
		}

		void flush() {
			jdbc.batchUpdate("insert into standup_entry (run_id, member_id, prompted_at, answered_at) "
					+ "values (?, ?, ?, ?)", entries);
			jdbc.batchUpdate("insert into standup_answer (run_id, member_id, position, kind, question, answer) "
					+ "values (?, ?, ?, ?, ?, ?)", answers);
			jdbc.batchUpdate("insert into delivery (idempotency_key, platform, workspace_id, conversation_kind, "
					+ "conversation_id, operation, payload, status, attempts, next_attempt_at, created_at, sent_at, "
					+ "kind, expires_at) values (?, 'SLACK', 'T1', ?, ?, 'POST', '{}', 'SENT', 1, ?, ?, ?, 'PROMPT', ?)",
					deliveries);
			entries.clear();
			answers.clear();
			deliveries.clear();
		}

	}

	/** Takes back today's prompts, so that the next prompting tick finds everyone due again. */
	private static void forgetToday(JdbcClient jdbc) {
		jdbc.sql("delete from delivery where created_at >= :today").param("today", at(TODAY, 0)).update();
		jdbc.sql("delete from standup_entry where run_id in (select id from standup_run where run_date = :today)")
			.param("today", TODAY).update();
		jdbc.sql("delete from standup_run where run_date = :today").param("today", TODAY).update();
		jdbc.sql("update standup_member set next_due_at = :nine").param("nine", PROMPTS.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** Runs the tick that many times at the instant; milliseconds each. */
	private static List<Double> timed(StewardInstance steward, Tick tick, Instant at, int times) {
		steward.freezeAt(at);
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			long started = System.nanoTime();
			assertThat(tick.run()).as("units that failed").isZero();
			millis.add((System.nanoTime() - started) / 1e6);
		}
		return millis;
	}

	private static String spread(List<Double> millis) {
		List<Double> sorted = new ArrayList<>(millis);
		Collections.sort(sorted);
		return String.format("%.1f / %.1f / %.1f", sorted.get(0), sorted.get(sorted.size() / 2),
				sorted.get(sorted.size() - 1));
	}

	private static Timestamp at(LocalDate date, int hour) {
		return Timestamp.from(date.atTime(hour, 0).toInstant(ZoneOffset.UTC));
	}

	private static String user() {
		return System.getProperty("steward.test.jdbc-user", "postgres");
	}

}
