package dev.steward.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.steward.StewardApplication;
import dev.steward.support.SignedSlackClient;
import dev.steward.support.SlackPayloads;
import dev.steward.support.StandupSetup;
import dev.steward.support.SlackStub;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ack latency of a signed {@code /impediment log} at a steady rate (open loop: latency counts from when each request
 * was due, so a stall is not hidden), against Steward on H2 with Slack at WireMock, in the 256 MB heap the
 * benchmark profile gives the JVM, then the same load against a bare Bolt app that only acks, in the same JVM. Prints
 * p50/p90/p99/max, throughput and CPU per request of each, and their ratios. Run it with
 * {@code ./mvnw -Pbenchmark test -Dtest=AckLatencyBenchmark} ({@code -Dbench.rate=200 -Dbench.seconds=60}, and
 * {@code -Dbench.busy=2} to keep both cores busy while it runs).
 */
@Tag("benchmark")
class AckLatencyBenchmark {

	private static final String SECRET = "bench-secret";

	private static final int RATE = Integer.getInteger("bench.rate", 200);

	private static final int SECONDS = Integer.getInteger("bench.seconds", 60);

	private static final int WARMUP_SECONDS = 10;

	private static final int BUSY_THREADS = Integer.getInteger("bench.busy", 0);

	@Test
	void acknowledgesSignedImpedimentLogsAtASteadyRateBesideABareBoltApp() throws Exception {
		SlackStub slack = new SlackStub().start();
		Path data = Files.createTempDirectory("steward-bench");
		List<Thread> busy = busyLoops(BUSY_THREADS);
		long bootStarted = System.nanoTime();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(StewardApplication.class).run(
				"--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + data.resolve("steward")
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=64",
				"--steward.slack.bot-token=xoxb-bench", "--steward.slack.signing-secret=" + SECRET,
				"--steward.slack.api-url=" + slack.apiUrl(), "--logging.level.dev.steward=WARN")) {
			long bootMillis = (System.nanoTime() - bootStarted) / 1_000_000;
			int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
			SignedSlackClient setup = new SignedSlackClient(port, SECRET);
			setup.command("/standup", "setup", "U0PM", "C1", "team");
			setup.interaction(StandupSetup.of(List.of("U0PM"), "U0PM")
				.set("days", "MONDAY")
				.set("team_zone", "UTC")
				.set("questions", "What will you do today?")
				.set("blockers_question", "none")
				.set("plans_question", "1")
				.slack("U0PM", "C1", "team"));

			run(port, RATE, WARMUP_SECONDS);
			Result steward = run(port, RATE, SECONDS);
			System.gc();
			long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
			long heapMax = Runtime.getRuntime().maxMemory() >> 20;

			Result bare;
			try (BareBoltApp bareApp = BareBoltApp.start(slack.apiUrl(), SECRET)) {
				run(bareApp.port(), RATE, WARMUP_SECONDS);
				bare = run(bareApp.port(), RATE, SECONDS);
			}

			System.out.printf("%nAck latency of signed /impediment log, %d req/s for %d s (after %d s warm-up)%s%n",
					RATE, SECONDS, WARMUP_SECONDS,
					(BUSY_THREADS > 0) ? ", with " + BUSY_THREADS + " busy threads competing for the cores" : "");
			steward.print("Steward");
			bare.print("bare Bolt app (acks only)");
			System.out.printf("  Steward / bare: p50 %.1f×, p99 %.1f×, CPU per request %.1f×%n",
					steward.percentile(50) / bare.percentile(50), steward.percentile(99) / bare.percentile(99),
					steward.cpuMicrosPerRequest() / bare.cpuMicrosPerRequest());
			System.out.printf("  context started in %d ms; heap after the run: %d MB used of %d MB max%n", bootMillis,
					heapUsed, heapMax);
			assertThat(steward.ok).isEqualTo(steward.sent);
			assertThat(bare.ok).isEqualTo(bare.sent);
		}
		finally {
			busy.forEach(Thread::interrupt);
			slack.stop();
		}
	}

	/** Threads that only spin, to measure both apps on cores something else wants too. */
	private static List<Thread> busyLoops(int count) {
		return java.util.stream.IntStream.range(0, count).mapToObj((n) -> {
			Thread thread = new Thread(() -> {
				while (!Thread.currentThread().isInterrupted()) {
					Thread.onSpinWait();
				}
			}, "busy-" + n);
			thread.setDaemon(true);
			thread.start();
			return thread;
		}).toList();
	}

	private static Result run(int port, int rate, int seconds) throws Exception {
		HttpClient http = HttpClient.newBuilder().executor(java.util.concurrent.Executors.newFixedThreadPool(8)).build();
		SignedSlackClient signer = new SignedSlackClient(port, SECRET);
		URI endpoint = URI.create("http://localhost:" + port + "/slack/events");
		int total = rate * seconds;
		long[] latencies = new long[total];
		AtomicInteger ok = new AtomicInteger();
		Map<Integer, Integer> other = new ConcurrentHashMap<>();
		CompletableFuture<?>[] futures = new CompletableFuture<?>[total];
		long interval = TimeUnit.SECONDS.toNanos(1) / rate;
		long cpuStart = processCpuNanos();
		long start = System.nanoTime();
		for (int i = 0; i < total; i++) {
			long due = start + i * interval;
			LockSupport.parkNanos(due - System.nanoTime());
			String body = SignedSlackClient.form(Map.of("team_id", "T1", "channel_id", "C1", "channel_name", "team",
					"user_id", "U0PM", "user_name", "pm", "command", "/impediment", "text", "log Load test blocker " + i,
					"trigger_id", "t", "response_url", "http://localhost/unused"));
			long timestamp = Instant.now().getEpochSecond();
			HttpRequest request = HttpRequest.newBuilder(endpoint)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-Slack-Request-Timestamp", Long.toString(timestamp))
				.header("X-Slack-Signature", signer.sign(timestamp, body))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			int index = i;
			futures[i] = http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenAccept((response) -> {
				latencies[index] = System.nanoTime() - due;
				if (response.statusCode() == 200) {
					ok.incrementAndGet();
				}
				else {
					other.merge(response.statusCode(), 1, Integer::sum);
				}
			});
		}
		CompletableFuture.allOf(futures).get(2, TimeUnit.MINUTES);
		long elapsed = System.nanoTime() - start;
		return new Result(total, ok.get(), other, latencies, elapsed, processCpuNanos() - cpuStart);
	}

	/** The CPU time this JVM has used, all threads (the load driver's too, the same for both apps). */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/** What one run measured. */
	private record Result(int sent, int ok, Map<Integer, Integer> otherStatuses, long[] latencies, long elapsedNanos,
			long cpuNanos) {

		double cpuMicrosPerRequest() {
			return cpuNanos / 1e3 / sent;
		}

		void print(String what) {
			System.out.printf("  %s: sent %d, 200 OK %d, other %s; throughput %.1f req/s; CPU %.0f µs per request "
					+ "(load driver included)%n", what, sent, ok, otherStatuses, throughput(), cpuMicrosPerRequest());
			System.out.printf("    latency ms: p50 %.1f, p90 %.1f, p99 %.1f, p99.9 %.1f, max %.1f%n", percentile(50),
					percentile(90), percentile(99), percentile(99.9), percentile(100));
		}

		double throughput() {
			return sent / (elapsedNanos / 1e9);
		}

		double percentile(double percent) {
			long[] sorted = latencies.clone();
			Arrays.sort(sorted);
			int index = (int) Math.min(sorted.length - 1, Math.ceil(percent / 100 * sorted.length) - 1);
			return sorted[Math.max(0, index)] / 1e6;
		}

	}

}
