package dev.steward.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.Workspaces;
import dev.steward.storage.DatabaseOutage;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries: claims them in batches with a short lease (rows another replica is claiming are skipped, not
 * waited for), sends to different conversations at the same time while each conversation's messages go in order,
 * renews the leases while a slow send is in flight so a dead replica's work is taken over within one lease, and on
 * shutdown finishes what is in flight and gives back what was claimed but not started.
 */
@Component
public class DeliveryDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

	private final DeliveryRepository repository;

	private final DeliverySender sender;

	private final Outcomes outcomes;

	private final Workspaces workspaces;

	private final DeliveryProperties properties;

	private final Clock clock;

	/**
	 * Leases are between processes, in real time: the application clock may be frozen (tests) or moved on by hours
	 * (the sandbox), which must not make an instance's own sends in flight look abandoned.
	 */
	private final Clock wall = Clock.systemUTC();

	/** The sending threads: made when the dispatcher starts, shut down when it stops (a stopped context may restart). */
	private volatile ExecutorService workers;

	private final Semaphore slots;

	/** The deliveries this instance holds a lease on, claimed or in flight. */
	private final Set<Long> held = ConcurrentHashMap.newKeySet();

	private volatile boolean running;

	private final DatabaseOutage outage;

	DeliveryDispatcher(DeliveryRepository repository, DeliverySender sender, Outcomes outcomes, Workspaces workspaces,
			DeliveryProperties properties, Clock clock, DatabaseOutage outage) {
		this.repository = repository;
		this.outage = outage;
		this.sender = sender;
		this.outcomes = outcomes;
		this.workspaces = workspaces;
		this.properties = properties;
		this.clock = clock;
		this.slots = new Semaphore(properties.concurrency());
	}

	@Scheduled(fixedDelayString = "${steward.delivery.poll-interval:1s}")
	void poll() {
		if (!running || outage.recentlyUnreachable()) {
			return;
		}
		repository.releaseExpiredLeases(wall.instant());
		ExecutorService pool = workers;
		while (running && slots.availablePermits() > 0) {
			List<Delivery> claimed = claim(Math.min(properties.batchSize(), slots.availablePermits()));
			if (claimed.isEmpty()) {
				return;
			}
			for (List<Delivery> conversation : byConversation(claimed)) {
				slots.acquireUninterruptibly();
				pool.execute(() -> {
					try {
						conversation.forEach(this::send);
					}
					catch (RuntimeException ex) {
						log.error("Sending to {} failed unexpectedly; the rest of its claim goes back when the lease "
								+ "lapses", conversation.get(0).to(), ex);
					}
					finally {
						slots.release();
					}
				});
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

	/** The claimed deliveries grouped by conversation, each group in the order claimed. */
	private static List<List<Delivery>> byConversation(List<Delivery> claimed) {
		Map<String, List<Delivery>> groups = new LinkedHashMap<>();
		claimed.forEach((delivery) -> groups.computeIfAbsent(delivery.to().key(), (key) -> new ArrayList<>())
			.add(delivery));
		return new ArrayList<>(groups.values());
	}

	@Override
	public void start() {
		workers = Executors.newFixedThreadPool(properties.concurrency(), (task) -> {
			Thread thread = new Thread(task, "delivery-" + task.hashCode());
			thread.setDaemon(true);
			return thread;
		});
		running = true;
	}

	/** Stops claiming, lets in-flight sends finish, and gives back claims whose attempt never started. */
	@Override
	public void stop() {
		running = false;
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
		int released = repository.releaseUnstarted(List.copyOf(held));
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

}
