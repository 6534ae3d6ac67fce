package dev.steward.escalation;

import java.time.Instant;
import java.util.List;

import dev.steward.impediment.ImpedimentLog;
import dev.steward.scheduling.DueWork;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The escalation ladder's part of the tick: reads the impediments whose next check has come through an index (no
 * scan of the whole log) and checks each on its own.
 */
@Component
@Order(30)
class EscalationScan implements DueWork {

	static final int BATCH = 1000;

	private final ImpedimentLog impediments;

	private final Escalator escalator;

	EscalationScan(ImpedimentLog impediments, Escalator escalator) {
		this.impediments = impediments;
		this.escalator = escalator;
	}

	@Override
	public String name() {
		return "escalation";
	}

	@Override
	public List<Long> units(Instant now) {
		return impediments.dueForCheck(now, BATCH);
	}

	@Override
	public void runDue(long impedimentId, Instant now) {
		escalator.check(impedimentId, now);
	}

}
