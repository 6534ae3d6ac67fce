package dev.steward.impediment;

import java.time.Instant;
import java.util.List;

import dev.steward.scheduling.DueWork;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The tagged helpers' part of the tick: nudges, once a working day at their own working time, each helper who has not
 * acknowledged an impediment that is still active, read through an index.
 */
@Component
@Order(36)
class HelperNudgeTick implements DueWork {

	static final int BATCH = 500;

	private final ImpedimentLog log;

	HelperNudgeTick(ImpedimentLog log) {
		this.log = log;
	}

	@Override
	public String name() {
		return "helper-nudge";
	}

	@Override
	public List<Long> units(Instant now) {
		return log.dueForHelperNudge(now, BATCH);
	}

	@Override
	public void runDue(long impedimentId, Instant now) {
		log.nudgeHelpers(impedimentId, now);
	}

}
