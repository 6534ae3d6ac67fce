package dev.steward.support.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A chat platform played by a small real HTTP server on 127.0.0.1 that can be made slow, failing, rate-limited or
 * dead at run time, and that counts what arrived.
 * <p>
 * It is the JDK's {@link HttpServer} with a cached thread pool rather than WireMock: every answer depends on state
 * (sliding windows per scope, Retry-After windows, stored messages that history pages through), which in WireMock
 * would all live in one response-transformer extension anyway, while its request journal and stub matching would
 * only add memory and time to a benchmark; and refusing connections needs the listener itself, which the JDK server
 * gives up and takes back on the same port. Rate windows, outages and storms run on the stand-in's own clock (real
 * time unless a test passes a {@link ManualClock}), never on Steward's, which tests often freeze; delays (slow, late
 * answers) are real time, since they are there to outlast a client's time-out.
 */
public abstract class HttpStandIn implements AutoCloseable {

	/** Names every operation when switching a fault on or off. */
	public static final String ALL = "*";

	static {
		// The JDK server writes headers and body apart: without TCP_NODELAY each answer waits for a delayed ACK.
		if (System.getProperty("sun.net.httpserver.nodelay") == null) {
			System.setProperty("sun.net.httpserver.nodelay", "true");
		}
	}

	private final Clock clock;

	private final ExecutorService pool;

	private final Object lock = new Object();

	/** Per operation, how many calls are accepted before the rest are held; guarded by the lock. */
	private final Map<String, Integer> holds = new HashMap<>();

	private final Object lifecycle = new Object();

	private final RateLimiter limiter = new RateLimiter();

	private final RetryWindows windows = new RetryWindows();

	private final Traffic traffic = new Traffic();

	private final Faults faults = new Faults();

	private boolean limitsEnforced = true;

	private HttpServer server;

	private volatile int port;

	private volatile CountDownLatch life = new CountDownLatch(1);

	HttpStandIn(String name, Clock clock) {
		this.clock = clock;
		AtomicInteger threads = new AtomicInteger();
		this.pool = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, name + "-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Starts listening on a free port of 127.0.0.1. */
	public HttpStandIn start() {
		synchronized (lifecycle) {
			if (server != null) {
				throw new IllegalStateException("Already started on port " + port);
			}
			bind(0);
			port = server.getAddress().getPort();
		}
		return this;
	}

	/** Stops listening, ends every connection and abandons calls still waiting on a delay. */
	@Override
	public void close() {
		dead();
		pool.shutdownNow();
	}

	/** Where the stand-in listens, such as {@code http://127.0.0.1:41234}, without a trailing slash. */
	public String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	public int port() {
		return port;
	}

	public Clock clock() {
		return clock;
	}

	/** Refuses new connections and resets open ones, abandoning calls in progress, until {@link #alive()}. */
	public void dead() {
		synchronized (lifecycle) {
			life.countDown();
			if (server != null) {
				server.stop(0);
				server = null;
			}
		}
	}

	/** Listens again on the same port after {@link #dead()}. */
	public void alive() {
		synchronized (lifecycle) {
			if (server == null) {
				life = new CountDownLatch(1);
				bind(port);
			}
		}
	}

	/** Whether calls over a limit are answered 429 (the default); off, every call is accepted, and still counted. */
	public void enforceLimits(boolean enforced) {
		change(() -> limitsEnforced = enforced);
	}

	/** Answers every call of the operation (or {@link #ALL}) with the status until the duration has passed. */
	public void outage(String op, int status, Duration duration) {
		change(() -> faults.outage(op, new Faults.Outage(status, clock.instant().plus(duration))));
	}

	/** Answers every call of the operation with 429 until the duration has passed, Retry-After the rest of it. */
	public void storm(String op, Duration duration) {
		change(() -> faults.storm(op, new Faults.Storm(clock.instant().plus(duration), null)));
	}

	/** Answers every call of the operation with 429 until the duration has passed, Retry-After always the same. */
	public void storm(String op, Duration duration, Duration retryAfter) {
		change(() -> faults.storm(op, new Faults.Storm(clock.instant().plus(duration), retryAfter)));
	}

	/** Waits the delay (real time) before handling each call of the operation, until healed. */
	public void slow(String op, Duration delay) {
		change(() -> faults.slow(op, delay));
	}

	/** Handles each call of the operation at once but answers only after the delay (real time), until healed. */
	public void answersLate(String op, Duration delay) {
		change(() -> faults.answerLate(op, delay));
	}

	/** Closes the connection of each call of the operation without answering, until healed. */
	public void hangsUp(String op) {
		change(() -> faults.hangUp(op));
	}

	/**
	 * Accepts the first {@code count} calls of the operation and holds every later one (the client sees a request
	 * that has not been answered yet) until {@link #release}: a test then knows exactly what went out before it acts.
	 */
	public void holdAfter(String op, int count) {
		synchronized (lock) {
			holds.put(op, count);
		}
	}

	/** Lets the held calls of the operation, and those to come, through. */
	public void release(String op) {
		synchronized (lock) {
			holds.remove(op);
			lock.notifyAll();
		}
	}

	/** Switches off the faults set for the operation (or those set for {@link #ALL}). */
	public void heal(String op) {
		change(() -> faults.heal(op));
	}

	public void healAll() {
		change(faults::clear);
	}

	/** How many calls of the operation (or {@link #ALL}) arrived, whatever they were answered. */
	public int calls(String op) {
		return read(() -> traffic.calls(op));
	}

	/** How many calls were answered 429, for any reason. */
	public int count429() {
		return count429(ALL);
	}

	public int count429(String op) {
		return read(() -> traffic.tooManyRequests(op));
	}

	/** How many calls arrived before a Retry-After the stand-in had announced for their scope had passed. */
	public int callsInsideRetryWindow() {
		return read(traffic::insideWindow);
	}

	/** When each accepted call of the operation was handled, on the stand-in's clock, in order. */
	public List<Instant> acceptedAt(String op) {
		return read(() -> traffic.accepted(op));
	}

	/** The most calls of the operation accepted in any one minute. */
	public int maxRatePerMinute(String op) {
		return read(() -> traffic.maxPerMinute(op));
	}

	/**
	 * Waits, at most the time given, until the stand-in has accepted {@code count} calls of the operation, to wait
	 * for what a client's action caused rather than for a quiet moment; says whether it has.
	 */
	public boolean awaitAccepted(String op, int count, Duration atMost) {
		long deadline = System.nanoTime() + atMost.toNanos();
		synchronized (lock) {
			try {
				while (traffic.accepted(op).size() < count) {
					long left = deadline - System.nanoTime();
					if (left <= 0) {
						return false;
					}
					TimeUnit.NANOSECONDS.timedWait(lock, left);
				}
				return true;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
	}

	/** Forgets what arrived, the faults and the rate and Retry-After windows; keeps the configuration. */
	public void reset() {
		change(() -> {
			traffic.clear();
			windows.clear();
			limiter.clear();
			faults.clear();
			forget();
		});
	}

	/** Which operation the request is, in which tenant, and the scopes it counts in. */
	abstract Call identify(Request request);

	/** Handles a call accepted at the instant. */
	abstract Answer answer(Call call, Request request, Instant now);

	/** The platform's answer for a failing service with the status. */
	abstract Answer failure(int status);

	/** The platform's 429 body, without Retry-After. */
	abstract Answer rateLimited();

	/** Forgets what the platform stored (messages, activities). */
	abstract void forget();

	/** The answer for the malformed-answer fault switched on for the call, or null to go on; only Slack has them. */
	Answer malformed(Call call, Malformed kind, Instant now) {
		return null;
	}

	void switchMalformed(String op, Malformed kind) {
		change(() -> faults.malformed(op, kind));
	}

	/**
	 * A counted 429 with the Retry-After header (none when null), announcing a window on the scope until the end
	 * (none when null).
	 */
	final Answer tooManyRequests(Call call, String retryAfter, String windowScope, Instant windowEnd) {
		traffic.refused(call.op());
		if (windowEnd != null) {
			windows.open(windowScope, windowEnd);
		}
		Answer answer = rateLimited();
		return (retryAfter != null) ? answer.withHeader("Retry-After", retryAfter) : answer;
	}

	final <T> T read(Supplier<T> read) {
		synchronized (lock) {
			return read.get();
		}
	}

	final void change(Runnable change) {
		synchronized (lock) {
			change.run();
		}
	}

	private void bind(int onPort) {
		try {
			HttpServer created = HttpServer
				.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 256);
			created.createContext("/", this::handle);
			created.setExecutor(pool);
			created.start();
			server = created;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not listen on 127.0.0.1:" + onPort, ex);
		}
	}

	/** Closing the exchange before answering closes the connection, which is how a hang-up is given. */
	private void handle(HttpExchange exchange) {
		CountDownLatch lifetime = life;
		try (exchange) {
			Answer answer = serve(Request.read(exchange), lifetime);
			if (!answer.hangUp() && pause(answer.delay(), lifetime)) {
				answer.writeTo(exchange);
			}
		}
		catch (IOException ex) {
			// The client gave up or the stand-in died: nobody is left to answer.
		}
	}

	private Answer serve(Request request, CountDownLatch lifetime) {
		try {
			Call call = arrive(request);
			if (!pause(read(() -> faults.slow(call.op())), lifetime)) {
				return Answer.hangingUp();
			}
			synchronized (lock) {
				while (held(call.op())) {
					if (lifetime.getCount() == 0) {
						return Answer.hangingUp();
					}
					lock.wait(50);
				}
				Instant now = clock.instant();
				Answer refusal = refusal(call, now);
				if (refusal != null) {
					return refusal;
				}
				limiter.record(call.scopes(), now);
				traffic.accepted(call.op(), now);
				lock.notifyAll();
				return answer(call, request, now).delayedBy(faults.lateAnswer(call.op()));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Answer.hangingUp();
		}
		catch (RuntimeException ex) {
			return Answer.of(500, "text/plain; charset=utf-8", "The stand-in failed: " + ex);
		}
	}

	/** Whether a call of the operation must wait for {@link #release}; called holding the lock. */
	private boolean held(String op) {
		Integer count = holds.get(op);
		return count != null && traffic.accepted(op).size() >= count;
	}

	private Call arrive(Request request) {
		synchronized (lock) {
			Call call = identify(request);
			traffic.arrived(call.op(), windows.covers(call.scopes(), clock.instant()));
			return call;
		}
	}

	private Answer refusal(Call call, Instant now) {
		if (faults.hangsUp(call.op())) {
			return Answer.hangingUp();
		}
		Faults.Outage outage = faults.outage(call.op(), now);
		if (outage != null) {
			return failure(outage.status());
		}
		Faults.Storm storm = faults.storm(call.op(), now);
		if (storm != null) {
			return retryLater(call, call.opScope(), storm.retryAfter(now), now);
		}
		Malformed kind = faults.malformed(call.op());
		Answer malformed = (kind != null) ? malformed(call, kind, now) : null;
		if (malformed != null || !limitsEnforced) {
			return malformed;
		}
		RateLimiter.Exceeded exceeded = limiter.check(call.scopes(), now);
		return (exceeded != null) ? retryLater(call, exceeded.scopeKey(), exceeded.retryIn(), now) : null;
	}

	/** A 429 saying the whole seconds until the wait is over, at least one. */
	private Answer retryLater(Call call, String scopeKey, Duration wait, Instant now) {
		long seconds = Math.max(1, (wait.toNanos() + 999_999_999L) / 1_000_000_000L);
		return tooManyRequests(call, String.valueOf(seconds), scopeKey, now.plusSeconds(seconds));
	}

	/** Waits the delay unless the stand-in dies or closes first; says whether the call should still be answered. */
	private static boolean pause(Duration delay, CountDownLatch lifetime) {
		if (delay == null || delay.isNegative() || delay.isZero()) {
			return true;
		}
		try {
			return !lifetime.await(delay.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
