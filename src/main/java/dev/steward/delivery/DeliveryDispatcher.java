package dev.steward.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.Workspaces;
import dev.steward.storage.DatabaseOutage;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries. A loop thread of its own claims them in batches with a short lease (rows another replica is
 * claiming are skipped, not waited for) as soon as there is room, and hands each to its conversation's lane: lanes
 * run side by side on the sending threads while each conversation's messages go one after another, in order. Leases
 * are renewed while slow sends are in flight, so a dead replica's work is taken over within one lease; on shutdown
 * the in-flight sends finish and what was claimed but not started goes back to the queue.
 */
@Component
public class DeliveryDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

	private final DeliveryRepository repository;

	private final DeliverySender sender;

	private final Workspaces workspaces;

	private final DeliveryProperties properties;

	private final Clock clock;

	private final DatabaseOutage outage;

	/**
	 * Leases are between processes, in real time: the application clock may be frozen (tests) or moved on by hours
	 * (the sandbox), which must not make an instance's own sends in flight look abandoned.
	 */
	private final Clock wall = Clock.systemUTC();

	/** The deliveries this instance holds a lease on, claimed or in flight. */
	private final Set<Long> held = ConcurrentHashMap.newKeySet();

	/** Each busy conversation's deliveries not yet sent, in order; a lane is drained by one sending thread at a time. */
	private final Map<String, Deque<Delivery>> lanes = new HashMap<>();

	/** Signalled when a delivery is done, so the loop claims again at once when there is room. */
	private final Object room = new Object();

	/** The sending threads and the loop: made when the dispatcher starts, stopped when it stops (it may restart). */
	private volatile ExecutorService workers;

	private volatile Thread loop;

	private volatile boolean running;

	private Instant leasesCheckedAt = Instant.EPOCH;

	DeliveryDispatcher(DeliveryRepository repository, DeliverySender sender, Workspaces workspaces,
			DeliveryProperties properties, Clock clock, DatabaseOutage outage) {
		this.repository = repository;
		this.sender = sender;
		this.workspaces = workspaces;
		this.properties = properties;
		this.clock = clock;
		this.outage = outage;
	}

	/** The loop: claims as much as there is room for, then waits for room, or for the poll interval when idle. */
	private void run() {
		while (running) {
			try {
				if (outage.recentlyUnreachable()) {
					idle();
					continue;
				}
				releaseExpiredLeases();
				int free = properties.batchSize() - held.size();
				if (free <= 0) {
					awaitRoom();
					continue;
				}
				List<Delivery> claimed = claim(free);
				if (claimed.isEmpty()) {
					idle();
					continue;
				}
				claimed.forEach(this::enqueue);
			}
			catch (RuntimeException ex) {
				if (DatabaseOutage.isOutage(ex)) {
					outage.unreachable("claiming deliveries", ex);
				}
				else {
					log.error("Claiming deliveries failed; trying again after the poll interval", ex);
				}
				idle();
			}
		}
	}

	/** Puts expired leases back, at most once per poll interval. */
	private void releaseExpiredLeases() {
		Instant now = wall.instant();
		if (!now.isBefore(leasesCheckedAt.plus(properties.pollInterval()))) {
			leasesCheckedAt = now;
			repository.releaseExpiredLeases(now);
		}
	}

	/** Adds the delivery to its conversation's lane, starting the lane on a sending thread if it was idle. */
	private void enqueue(Delivery delivery) {
		String conversation = delivery.to().key();
		synchronized (lanes) {
			Deque<Delivery> lane = lanes.get(conversation);
			if (lane != null) {
				lane.add(delivery);
				return;
			}
			lanes.put(conversation, new ArrayDeque<>(List.of(delivery)));
		}
		workers.execute(() -> drain(conversation));
	}

	/** Sends the lane's deliveries one after another until it is empty or the dispatcher stops. */
	private void drain(String conversation) {
		while (true) {
			Delivery next;
			synchronized (lanes) {
				Deque<Delivery> lane = lanes.get(conversation);
				next = (running && lane != null) ? lane.poll() : null;
				if (next == null) {
					lanes.remove(conversation);
					return;
				}
			}
			try {
				send(next);
			}
			catch (RuntimeException ex) {
				log.error("Sending {} failed unexpectedly; it goes back to the queue when its lease lapses",
						next.describe(), ex);
			}
			finally {
				synchronized (room) {
					room.notifyAll();
				}
			}
		}
	}

	private void awaitRoom() {
		synchronized (room) {
			if (running && held.size() >= properties.batchSize()) {
				waitOn(room, properties.pollInterval());
			}
		}
	}

	private void idle() {
		synchronized (room) {
			if (running) {
				waitOn(room, properties.pollInterval());
			}
		}
	}

	/** Keeps this instance's leases while slow sends are in flight. */
	@Scheduled(fixedDelayString = "${steward.delivery.lease-renewal:10s}")
	void renewLeases() {
		repository.renewLeases(List.copyOf(held), wall.instant().plus(properties.lease()));
	}

	/**
	 * Sends what is due now on the calling thread, one by one (the sandbox and tests use it to settle the queue);
	 * returns how many were delivered.
	 */
	public int dispatchDue() {
		repository.releaseExpiredLeases(wall.instant());
		int sent = 0;
		for (Delivery delivery : claim(properties.batchSize())) {
			if (send(delivery)) {
				sent++;
			}
		}
		return sent;
	}

	private List<Delivery> claim(int limit) {
		List<Delivery> claimed = repository.claim(clock.instant(), wall.instant().plus(properties.lease()), limit);
		claimed.forEach((delivery) -> held.add(delivery.id()));
		return claimed;
	}

	private boolean send(Delivery delivery) {
		try {
			if (workspaces.isDisabled(delivery.to().platform(), delivery.to().workspaceId())) {
				repository.end(delivery.id(), DeliveryStatus.DEAD, delivery.attempts(), "workspace uninstalled");
				log.info("Dropped {}: its workspace removed Steward", delivery.describe());
				return false;
			}
			return sender.process(delivery);
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.isOutage(ex)) {
				throw ex;
			}
			// Its outcome could not be recorded: the lease lapses, and an attempt that had left is looked up first.
			outage.unreachable("recording how " + delivery.describe() + " went", ex);
			return false;
		}
		finally {
			held.remove(delivery.id());
		}
	}

	@Override
	public void start() {
		CustomizableThreadFactory threads = new CustomizableThreadFactory("delivery-");
		threads.setDaemon(true);
		workers = Executors.newFixedThreadPool(properties.concurrency(), threads);
		running = true;
		Thread thread = new Thread(this::run, "delivery-dispatcher");
		thread.setDaemon(true);
		loop = thread;
		thread.start();
	}

	/** Stops claiming, lets in-flight sends finish, and gives back claims whose attempt never started. */
	@Override
	public void stop() {
		running = false;
		synchronized (room) {
			room.notifyAll();
		}
		join(loop);
		ExecutorService pool = workers;
		pool.shutdown();
		try {
			if (!pool.awaitTermination(properties.lease().toSeconds(), TimeUnit.SECONDS)) {
				log.warn("Stopped with {} deliveries still in flight; another instance takes them over after their "
						+ "lease", held.size());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		synchronized (lanes) {
			lanes.clear();
		}
		int released = repository.releaseUnstarted(List.copyOf(held));
		held.clear();
		if (released > 0) {
			log.info("Gave {} claimed deliveries back to the queue on shutdown", released);
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stops before the web server and the database pool do. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 2048;
	}

	private static void waitOn(Object monitor, Duration timeout) {
		try {
			monitor.wait(Math.max(1, timeout.toMillis()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void join(Thread thread) {
		if (thread == null) {
			return;
		}
		try {
			thread.join(Duration.ofSeconds(10).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
