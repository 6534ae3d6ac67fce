package dev.steward.scheduling;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link RetentionJob} on its own schedule and thread, on one instance of the cluster at a time: pruning is
 * not per team like the tick's work, needs doing hourly rather than every 30 s, and a long first prune must not
 * hold up a prompt.
 */
@Component
@ConditionalOnProperty(name = "steward.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class ScheduledRetention {

	static final String LOCK = "steward-retention";

	private final RetentionJob job;

	private final ClusterLock lock;

	private final SchedulingProperties properties;

	ScheduledRetention(RetentionJob job, ClusterLock lock, SchedulingProperties properties) {
		this.job = job;
		this.lock = lock;
		this.properties = properties;
	}

	/** First a minute after start, so that frequent deploys do not keep putting it off. */
	@Scheduled(fixedDelayString = "${steward.retention.interval:1h}", initialDelayString = "1m")
	void prune() {
		lock.run(LOCK, properties.lockAtMost(), job::run);
	}

}
