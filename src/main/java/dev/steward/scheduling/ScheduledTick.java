package dev.steward.scheduling;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the {@link Tick} on a fixed delay, on one instance of the cluster at a time. */
@Component
@ConditionalOnProperty(name = "steward.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class ScheduledTick {

	private final Tick tick;

	ScheduledTick(Tick tick) {
		this.tick = tick;
	}

	@Scheduled(fixedDelayString = "${steward.scheduling.tick-interval:30s}",
			initialDelayString = "${steward.scheduling.tick-interval:30s}")
	@SchedulerLock(name = "steward-tick", lockAtMostFor = "${steward.scheduling.lock-at-most:30s}")
	void tick() {
		tick.run();
	}

}
