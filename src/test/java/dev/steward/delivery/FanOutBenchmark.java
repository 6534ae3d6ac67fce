package dev.steward.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.steward.support.FanOut;
import dev.steward.support.StewardProcess;
import dev.steward.support.fault.SlackMessage;
import dev.steward.support.fault.SlackStandIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A stand-up fan-out at scale: 100 teams of 100 in one workspace, all due at the same minute, against a stand-in
 * Slack that enforces its limits, on PostgreSQL, with one Steward and then three, each in a 256 MB heap. Prints the
 * tick's enqueue time, the time to the last message, the achieved rate against the allowed one, the share of 429s,
 * duplicates and losses, and each instance's heap and resident memory. Run it with
 * {@code ./mvnw -Pbenchmark test -Dtest=FanOutBenchmark}; {@code -Dbench.teams}, {@code -Dbench.members},
 * {@code -Dbench.posts-per-minute} and {@code -Dbench.h2=true} change the scenario.
 */
@Tag("benchmark")
class FanOutBenchmark {

	private static final int TEAMS = Integer.getInteger("bench.teams", 100);

	private static final int MEMBERS = Integer.getInteger("bench.members", 100);

	/** What the stand-in allows, and Steward is set to use: {@code steward.delivery.slack.posts-per-minute}. */
	private static final int POSTS_PER_MINUTE = Integer.getInteger("bench.posts-per-minute", 3000);

	private static final String URL = System.getProperty("steward.test.jdbc-url",
			"jdbc:postgresql://127.0.0.1:5432/test");

	private static final Pattern HEAP_USED = Pattern.compile("\"value\":([0-9.E]+)");

	@TempDir
	Path folder;

	@Test
	void oneInstance() {
		fanOut(1);
	}

	@Test
	void threeInstances() {
		fanOut(3);
	}

	private void fanOut(int instances) {
		int total = TEAMS * MEMBERS;
		try (SlackStandIn slack = new SlackStandIn().people(total).postsPerMinute(POSTS_PER_MINUTE).start();
				FanOut fanOut = Boolean.getBoolean("bench.h2") ? FanOut.onH2(slack, folder)
						: FanOut.onPostgres(slack, URL, System.getProperty("steward.test.jdbc-user", "postgres"))) {
			List<StewardProcess> stewards = fanOut.start(instances,
					Map.of("steward.scheduling.enabled", "true", "steward.scheduling.tick-interval", "5s", "steward.delivery.slack.posts-per-minute",
							Integer.toString(POSTS_PER_MINUTE), "management.endpoints.web.exposure.include",
							"health,metrics"),
					"256m", folder.resolve("logs"));
			LocalTime promptAt = LocalTime.now(ZoneOffset.UTC).plusMinutes(3).truncatedTo(ChronoUnit.MINUTES);
			long setUpStarted = System.nanoTime();
			fanOut.setUp(stewards.get(0), TEAMS, MEMBERS, promptAt.format(DateTimeFormatter.ofPattern("HH:mm")),
					promptAt.plusHours(2).format(DateTimeFormatter.ofPattern("HH:mm")));
			System.out.printf("%nSet up %d teams of %d in %.1f s; prompts due at %s UTC%n", TEAMS, MEMBERS,
					(System.nanoTime() - setUpStarted) / 1e9, promptAt);
			await().atMost(Duration.ofMinutes(1)).until(() -> slack.calls(SlackStandIn.POST_MESSAGE) >= TEAMS);
			int setUpCalls = slack.calls(SlackStandIn.ALL);
			int setUp429s = slack.count429();

			Memory memory = new Memory(stewards);
			await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1))
				.until(() -> fanOut.promptKeysReceived().size() >= total);
			await().atMost(Duration.ofMinutes(1)).until(() -> fanOut.promptsOpen() == 0);
			memory.stop();

			report(instances, total, fanOut, slack, setUpCalls, setUp429s, memory);
			assertThat(fanOut.promptKeysReceived()).hasSize(total).doesNotHaveDuplicates();
		}
	}

	private static void report(int instances, int total, FanOut fanOut, SlackStandIn slack, int setUpCalls,
			int setUp429s, Memory memory) {
		Instant firstQueued = fanOut.jdbc().sql("select min(created_at) from delivery where kind = 'PROMPT'")
			.query(OffsetDateTime.class).single().toInstant();
		Instant lastQueued = fanOut.jdbc().sql("select max(created_at) from delivery where kind = 'PROMPT'")
			.query(OffsetDateTime.class).single().toInstant();
		List<Instant> prompts = slack.messages().stream()
			.filter((message) -> message.key() != null && message.key().startsWith("prompt:"))
			.map(SlackMessage::postedAt)
			.sorted()
			.toList();
		Instant firstPost = prompts.get(0);
		Instant lastPost = prompts.get(prompts.size() - 1);
		double minutes = Duration.between(firstPost, lastPost).toMillis() / 60_000.0;
		double rate = (prompts.size() - 1) / minutes;
		int calls = slack.calls(SlackStandIn.ALL) - setUpCalls;
		int tooMany = slack.count429() - setUp429s;
		List<String> keys = fanOut.promptKeysReceived();
		long distinct = keys.stream().distinct().count();
		System.out.printf("Fan-out of %,d prompts with %d instance(s), on %s:%n", total, instances,
				Boolean.getBoolean("bench.h2") ? "H2 (server mode)" : "PostgreSQL");
		System.out.printf("  enqueue (the tick, first to last prompt queued): %.2f s%n",
				Duration.between(firstQueued, lastQueued).toMillis() / 1000.0);
		System.out.printf("  first queued to last delivered: %.1f s%n",
				Duration.between(firstQueued, lastPost).toMillis() / 1000.0);
		System.out.printf("  achieved rate, first to last prompt: %.0f posts/min of %d allowed (%.1f %%)%n", rate,
				POSTS_PER_MINUTE, 100 * rate / POSTS_PER_MINUTE);
		System.out.printf("  429s: %d of %d calls during the fan-out (%.2f %%); busiest minute %d posts%n", tooMany,
				calls, 100.0 * tooMany / Math.max(1, calls), slack.maxRatePerMinute(SlackStandIn.POST_MESSAGE));
		System.out.printf("  delivered %,d distinct of %,d; duplicates %d; lost %d; statuses %s%n", distinct, total,
				keys.size() - distinct, total - distinct, fanOut.promptStatuses());
		memory.print();
	}

	/** Samples each instance's heap in use (its metrics endpoint) and resident memory, every half second. */
	private static final class Memory {

		private final List<StewardProcess> stewards;

		private final List<AtomicLong> heap = new ArrayList<>();

		private final List<AtomicLong> resident = new ArrayList<>();

		private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

		private final HttpClient http = HttpClient.newHttpClient();

		Memory(List<StewardProcess> stewards) {
			this.stewards = stewards;
			stewards.forEach((steward) -> {
				heap.add(new AtomicLong());
				resident.add(new AtomicLong());
			});
			sampler.scheduleAtFixedRate(this::sample, 0, 500, TimeUnit.MILLISECONDS);
		}

		private void sample() {
			for (int i = 0; i < stewards.size(); i++) {
				resident.get(i).accumulateAndGet(stewards.get(i).residentMegabytes(), Math::max);
				heap.get(i).accumulateAndGet(heapMegabytes(stewards.get(i)), Math::max);
			}
		}

		private long heapMegabytes(StewardProcess steward) {
			try {
				HttpResponse<String> metric = http.send(HttpRequest
					.newBuilder(URI.create(steward.baseUrl() + "/actuator/metrics/jvm.memory.used?tag=area:heap"))
					.build(), HttpResponse.BodyHandlers.ofString());
				Matcher value = HEAP_USED.matcher(metric.body());
				return value.find() ? (long) (Double.parseDouble(value.group(1)) / (1024 * 1024)) : -1;
			}
			catch (Exception ex) {
				return -1;
			}
		}

		void stop() {
			sampler.shutdownNow();
		}

		void print() {
			for (int i = 0; i < stewards.size(); i++) {
				System.out.printf("  instance %d: heap in use at most %d MB (-Xmx256m), resident at most %d MB%n", i + 1,
						heap.get(i).get(), resident.get(i).get());
			}
		}

	}

}
