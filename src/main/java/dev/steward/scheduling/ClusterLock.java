package dev.steward.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.storage.DatabaseOutage;

/**
 * Runs a job on one instance of the cluster at a time under a ShedLock lock. A lock the database could not release
 * because it went away mid-run is released as soon as it answers again, instead of holding the job off until the
 * lock expires.
 */
final class ClusterLock {

	private static final Logger log = LoggerFactory.getLogger(ClusterLock.class);

	private final LockProvider locks;

	private final DatabaseOutage outage;

	private final Clock wallClock;

	private final Map<String, Held> unreleased = new ConcurrentHashMap<>();

	/** Takes the wall clock, since lock lifetimes are real time whatever the application's clock says. */
	ClusterLock(LockProvider locks, DatabaseOutage outage, Clock wallClock) {
		this.locks = locks;
		this.outage = outage;
		this.wallClock = wallClock;
	}

	/**
	 * Runs the job under the named lock unless another instance holds it; returns whether it ran. A database that
	 * cannot be reached fails the call, and the next call tries again.
	 */
	boolean run(String name, Duration lockAtMostFor, Runnable job) {
		releaseLeftover(name);
		Instant lockedAt = wallClock.instant();
		Optional<SimpleLock> lock = locks.lock(new LockConfiguration(lockedAt, name, lockAtMostFor, Duration.ZERO));
		outage.reachable();
		if (lock.isEmpty()) {
			log.debug("Did not run {}: another instance holds its lock", name);
			return false;
		}
		try {
			job.run();
		}
		finally {
			release(name, new Held(lock.get(), lockedAt.plus(lockAtMostFor)));
		}
		return true;
	}

	private void release(String name, Held held) {
		unreleased.put(name, held);
		held.lock().unlock();
		unreleased.remove(name);
	}

	/** Releases the lock an earlier run could not, unless it has expired (and may be another instance's by now). */
	private void releaseLeftover(String name) {
		Held held = unreleased.get(name);
		if (held == null) {
			return;
		}
		if (wallClock.instant().isBefore(held.expiresAt())) {
			held.lock().unlock();
			log.info("Released the {} lock left held when the database went away", name);
		}
		unreleased.remove(name);
	}

	/** A lock this instance took, and when it expires on its own. */
	private record Held(SimpleLock lock, Instant expiresAt) {
	}

}
