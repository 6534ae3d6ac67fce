package dev.steward.support;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.steward.StewardApplication;
import dev.steward.scheduling.AdjustableClock;
import dev.steward.scheduling.Tick;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A whole Steward started by hand on a given database with Slack at a WireMock stub, for tests that restart it or
 * run several at once. The tick runs only when the test says so.
 */
public final class StewardInstance implements AutoCloseable {

	public static final String SECRET = "instance-secret";

	private final ConfigurableApplicationContext context;

	private StewardInstance(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** Starts Steward on the database URL; extra {@code --name=value} arguments override the defaults. */
	public static StewardInstance start(String databaseUrl, SlackStub slack, String... extra) {
		return launch(null, databaseUrl, slack, extra);
	}

	/**
	 * As above, with the clock frozen at the instant from the start, so that nothing (the delivery queue above all)
	 * runs at the real date before the test sets its own.
	 */
	public static StewardInstance startAt(Instant frozenAt, String databaseUrl, SlackStub slack, String... extra) {
		return launch(frozenAt, databaseUrl, slack, extra);
	}

	private static StewardInstance launch(Instant frozenAt, String databaseUrl, SlackStub slack, String... extra) {
		Map<String, String> args = new LinkedHashMap<>();
		for (String arg : List.of("--server.port=0", "--spring.datasource.url=" + databaseUrl,
				"--steward.slack.bot-token=xoxb-instance", "--steward.slack.signing-secret=" + SECRET,
				"--steward.slack.api-url=" + slack.apiUrl(), "--steward.scheduling.enabled=false",
				"--steward.delivery.poll-interval=20ms", "--steward.delivery.slack.channel-spacing=0s",
				"--steward.delivery.slack.posts-per-minute=1000000", "--steward.delivery.slack.updates-per-minute=1000000")) {
			args.put(arg.substring(0, arg.indexOf('=')), arg);
		}
		for (String arg : extra) {
			args.put(arg.substring(0, arg.indexOf('=')), arg);
		}
		SpringApplicationBuilder application = new SpringApplicationBuilder(StewardApplication.class);
		if (frozenAt != null) {
			application.initializers((context) -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (bean instanceof AdjustableClock clock) {
						clock.freezeAt(frozenAt);
					}
					return bean;
				}
			}));
		}
		return new StewardInstance(application.run(args.values().toArray(String[]::new)));
	}

	/** An H2 file database in the folder, as Steward uses by default. */
	public static String h2File(java.nio.file.Path folder) {
		return "jdbc:h2:file:" + folder.resolve("steward") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH";
	}

	public SignedSlackClient client() {
		return new SignedSlackClient(port(), SECRET);
	}

	/** A Slack client whose requests fail unless answered within the time-out. */
	public SignedSlackClient client(Duration timeout) {
		return new SignedSlackClient(port(), SECRET, timeout);
	}

	public int port() {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	/** Freezes this instance's clock at the instant and runs one tick; returns the units that failed. */
	public int tickAt(Instant instant) {
		freezeAt(instant);
		return bean(Tick.class).run();
	}

	public void freezeAt(Instant instant) {
		bean(AdjustableClock.class).freezeAt(instant);
	}

	/**
	 * Sets up a stand-up in the channel over signed HTTP, as its PM would, and waits for the members' zones to be
	 * looked up.
	 */
	public void setUpStandup(SlackStub slack, String channel, String pm, List<String> members, String zone,
			String promptTime, String reportTime, String policy, List<String> days) {
		SignedSlackClient client = client();
		client.command("/standup", "setup", pm, channel, "team");
		client.interaction(StandupSetup.of(members, pm)
			.set("prompt_time", promptTime)
			.set("report_time", reportTime)
			.set("reminder", "600")
			.set("days", days)
			.set("zone_policy", policy)
			.set("team_zone", zone)
			.set("questions", "What did you do yesterday?\nWhat will you do today?")
			.set("blockers_question", "none")
			.slack(pm, channel, "team"));
		MemberZones.awaitLookedUp(bean(JdbcClient.class), slack, channel, members);
	}

	@Override
	public void close() {
		context.close();
	}

}
