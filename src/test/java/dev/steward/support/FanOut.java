package dev.steward.support;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.flywaydb.core.Flyway;
import org.h2.tools.Server;

import dev.steward.support.fault.SlackPerson;
import dev.steward.support.fault.SlackStandIn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stand-up fan-out across several Stewards, each in a JVM of its own, sharing one database (an H2 server, or the
 * PostgreSQL given) and one stand-in Slack: teams of people set up over signed HTTP, then {@code /standup now} in each,
 * so that every member's prompt is queued at once; then what the stand-in received, and what the queue says.
 */
public final class FanOut implements AutoCloseable {

	public static final String SECRET = "fan-out-secret";

	private static final String PM = "U0PM";

	private final SlackStandIn slack;

	private final Server h2;

	private final String url;

	private final String user;

	private final JdbcClient jdbc;

	private final List<StewardProcess> instances = new ArrayList<>();

	private FanOut(SlackStandIn slack, Server h2, String url, String user, String schema) {
		this.slack = slack;
		this.h2 = h2;
		this.url = url;
		this.user = user;
		DriverManagerDataSource dataSource = new DriverManagerDataSource(url, user, "");
		Flyway flyway = (schema == null) ? Flyway.configure().dataSource(dataSource).cleanDisabled(false).load()
				: Flyway.configure().dataSource(dataSource).schemas(schema).cleanDisabled(false).load();
		flyway.clean();
		flyway.migrate();
		this.jdbc = JdbcClient.create(dataSource);
	}

	/** An H2 server of its own in the folder, as a replicated deployment's shared database. */
	public static FanOut onH2(SlackStandIn slack, Path folder) {
		try {
			Server server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", folder.toString())
				.start();
			return new FanOut(slack, server, "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/fanout;MODE=PostgreSQL;"
					+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", null);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A schema of its own ({@code steward_fan_out}, emptied first) in the PostgreSQL database at the URL. */
	public static FanOut onPostgres(SlackStandIn slack, String url, String user) {
		return new FanOut(slack, null, url + (url.contains("?") ? "&" : "?") + "currentSchema=steward_fan_out", user,
				"steward_fan_out");
	}

	/**
	 * Starts that many Stewards on the database, each with the settings on top of the defaults given here, and waits
	 * until all are ready.
	 */
	public List<StewardProcess> start(int count, Map<String, String> settings, String heap, Path logs) {
		List<StewardProcess> started = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			Map<String, String> all = new LinkedHashMap<>();
			all.put("spring.datasource.url", url);
			all.put("spring.datasource.username", user);
			all.put("steward.slack.bot-token", "xoxb-fan-out");
			all.put("steward.slack.signing-secret", SECRET);
			all.put("steward.slack.api-url", slack.apiUrl());
			all.put("steward.scheduling.enabled", "false");
			all.put("steward.slack.directory-page-spacing", "0s");
			all.putAll(settings);
			started.add(StewardProcess.start("steward-" + (instances.size() + i), all, heap, logs));
		}
		started.forEach((instance) -> instance.awaitReady(Duration.ofMinutes(2)));
		instances.addAll(started);
		return started;
	}

	/**
	 * Sets up the teams (channels C1, C2, ...) of {@code members} people each, numbered as the stand-in lists them,
	 * standing up every day of the week, through the instance.
	 */
	public void setUp(StewardProcess through, int teams, int members) {
		setUp(through, teams, members, "00:00", "23:59");
	}

	/** As above, prompting at the time and reporting at the other (UTC, {@code HH:mm}). */
	public void setUp(StewardProcess through, int teams, int members, String promptTime, String reportTime) {
		SignedSlackClient client = through.slackClient(SECRET);
		for (int team = 1; team <= teams; team++) {
			int first = (team - 1) * members + 1;
			List<String> people = IntStream.range(first, first + members)
				.mapToObj((n) -> SlackPerson.numbered(n).id())
				.toList();
			assertThat(client.command("/standup", "setup", PM, "C" + team, "team-" + team).statusCode()).isEqualTo(200);
			HttpResponse<String> submitted = client.interaction(StandupSetup.of(people, PM)
				.set("days", Arrays.stream(DayOfWeek.values()).map(DayOfWeek::name).toList())
				.set("zone_policy", "TEAM")
				.set("team_zone", "UTC")
				.set("prompt_time", promptTime)
				.set("report_time", reportTime)
				.slack(PM, "C" + team, "team-" + team));
			assertThat(submitted.statusCode()).isEqualTo(200);
			assertThat(submitted.body()).doesNotContain("errors");
		}
	}

	/** Has the PM of each team run {@code /standup now}, through the instances in turn; every prompt is queued. */
	public void standUpNow(List<StewardProcess> through, int teams) {
		for (int team = 1; team <= teams; team++) {
			HttpResponse<String> now = through.get(team % through.size()).slackClient(SECRET)
				.command("/standup", "now", PM, "C" + team, "team-" + team);
			assertThat(now.statusCode()).isEqualTo(200);
			assertThat(now.body()).contains("Prompted");
		}
	}

	/** How many prompts are queued and not yet sent or given up. */
	public long promptsOpen() {
		return jdbc.sql("select count(*) from delivery where kind = 'PROMPT' and status in ('PENDING', 'SENDING')")
			.query(Long.class)
			.single();
	}

	/** How many prompt deliveries ended in each status. */
	public Map<String, Long> promptStatuses() {
		Map<String, Long> statuses = new LinkedHashMap<>();
		jdbc.sql("select status, count(*) as n from delivery where kind = 'PROMPT' group by status order by status")
			.query((rs) -> {
				statuses.put(rs.getString("status"), rs.getLong("n"));
			});
		return statuses;
	}

	/** The keys of the prompts the queue says were sent. */
	public List<String> promptKeysSent() {
		return jdbc.sql("select idempotency_key from delivery where kind = 'PROMPT' and status = 'SENT'")
			.query(String.class)
			.list();
	}

	/** How many prompts wait to be looked up before they are sent again, their last attempt's outcome unknown. */
	public long uncertainPrompts() {
		return jdbc.sql("select count(*) from delivery where kind = 'PROMPT' and uncertain = true")
			.query(Long.class)
			.single();
	}

	/** The delivery key of every prompt the stand-in stored, as often as it stored it. */
	public List<String> promptKeysReceived() {
		return slack.deliveryKeys().stream().filter((key) -> key.startsWith("prompt:")).toList();
	}

	public JdbcClient jdbc() {
		return jdbc;
	}

	@Override
	public void close() {
		instances.forEach(StewardProcess::close);
		if (h2 != null) {
			h2.stop();
		}
	}

}
