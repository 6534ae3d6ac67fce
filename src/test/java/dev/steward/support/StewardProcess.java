package dev.steward.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.steward.StewardApplication;

/**
 * A whole Steward in a JVM of its own, started from the test class path, that a test can stop politely (SIGTERM) or
 * kill outright (SIGKILL, as {@code kill -9}); what it logs goes to a file the test names.
 */
public final class StewardProcess implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final Process process;

	private final int port;

	private final Path log;

	private volatile boolean killed;

	private StewardProcess(String name, Process process, int port, Path log) {
		this.name = name;
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts Steward with the settings ({@code steward.delivery.lease} and so on) on a free port, in a heap of the
	 * size given, logging to {@code <name>.log} in the folder. Returns at once; see {@link #awaitReady}.
	 */
	public static StewardProcess start(String name, Map<String, String> settings, String heap, Path logs) {
		return launch(name, List.of("-Xmx" + heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", classPath(),
				StewardApplication.class.getName()), settings, logs);
	}

	/**
	 * Starts the packaged jar as an operator would ({@code java -jar}), with the settings as arguments, on a free
	 * port; what it prints goes to {@code <name>.log} in the folder. Returns at once.
	 */
	public static StewardProcess startJar(String name, Path jar, Map<String, String> settings, Path logs) {
		return launch(name, List.of("-Xmx256m", "-jar", jar.toString()), settings, logs);
	}

	private static StewardProcess launch(String name, List<String> jvm, Map<String, String> settings, Path logs) {
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvm);
		command.add("--server.port=" + port);
		settings.forEach((key, value) -> command.add("--" + key + "=" + value));
		Path log = logs.resolve(name + ".log");
		try {
			Files.createDirectories(logs);
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			return new StewardProcess(name, process, port, log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Waits for it to exit on its own, as it does when it refuses to start; the exit code, or -1 if it did not. */
	public int awaitExit(Duration atMost) {
		return waitFor(atMost) ? process.exitValue() : -1;
	}

	/** Everything it printed so far. */
	public String output() {
		try {
			return Files.readString(log);
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	/** A free port, for a setting such as the management port. */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Waits until the instance says it is ready to take traffic; fails with the end of its log if it dies first. */
	public StewardProcess awaitReady(Duration atMost) {
		return awaitReady(atMost, "/actuator/health/readiness");
	}

	/** As above, asking the readiness probe at the path ({@code /readyz} when the actuator has a port of its own). */
	public StewardProcess awaitReady(Duration atMost, String path) {
		long deadline = System.nanoTime() + atMost.toNanos();
		HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(2))
			.build();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
			}
			try {
				if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return this;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(Duration.ofMillis(200));
		}
		throw new IllegalStateException(name + " was not ready within " + atMost + ":\n" + tail());
	}

	/** Where it listens, such as {@code http://127.0.0.1:41234}. */
	public String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	public SignedSlackClient slackClient(String signingSecret) {
		return new SignedSlackClient(port, signingSecret);
	}

	public long pid() {
		return process.pid();
	}

	/** Its resident memory in MB, from {@code /proc}; -1 where there is none. */
	public long residentMegabytes() {
		try {
			return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))
				.stream()
				.filter((line) -> line.startsWith("VmRSS:"))
				.mapToLong((line) -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
				.findFirst()
				.orElse(-1);
		}
		catch (IOException ex) {
			return -1;
		}
	}

	/** Kills it at once, as {@code kill -9} does: nothing of it runs after this returns. */
	public void kill() {
		killed = true;
		process.destroyForcibly();
		waitFor(Duration.ofSeconds(20));
	}

	/** Asks it to stop (SIGTERM) and waits; kills it if it has not stopped in time. */
	@Override
	public void close() {
		if (!process.isAlive()) {
			return;
		}
		process.destroy();
		if (!waitFor(Duration.ofSeconds(30))) {
			kill();
		}
	}

	/** Whether it has exited after being asked to stop, without being killed. */
	public boolean exitedOnItsOwn() {
		return !process.isAlive() && !killed;
	}

	/** The last lines of its log, for a failure message. */
	public String tail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private boolean waitFor(Duration atMost) {
		try {
			return process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** The class path of the tests, which Surefire hides behind a manifest-only jar. */
	private static String classPath() {
		return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
