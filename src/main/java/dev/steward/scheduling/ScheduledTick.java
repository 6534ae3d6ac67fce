package dev.steward.scheduling;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the {@link Tick} on a fixed delay, on one instance of the cluster at a time. */
@Component
@ConditionalOnProperty(name = "steward.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class ScheduledTick {

	static final String LOCK = "steward-tick";

	private final Tick tick;

	private final ClusterLock lock;

	private final SchedulingProperties properties;

	ScheduledTick(Tick tick, ClusterLock lock, SchedulingProperties properties) {
		this.tick = tick;
		this.lock = lock;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${steward.scheduling.tick-interval:30s}",
			initialDelayString = "${steward.scheduling.tick-interval:30s}")
	void tick() {
		lock.run(LOCK, properties.lockAtMost(), tick::run);
	}

}
