package dev.steward.impediment;

import java.time.Instant;
import java.util.List;

import dev.steward.scheduling.DueWork;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The change requests' part of the tick: reminds each team's PMs, once, of the change requests that have waited
 * their working time for an assessment, read through an index.
 */
@Component
@Order(35)
class ChangeTriageTick implements DueWork {

	private final ImpedimentLog log;

	ChangeTriageTick(ImpedimentLog log) {
		this.log = log;
	}

	@Override
	public String name() {
		return "change-triage";
	}

	@Override
	public List<Long> units(Instant now) {
		return log.teamsDueForTriage(now);
	}

	@Override
	public void runDue(long teamId, Instant now) {
		log.remindTriage(teamId, now);
	}

}
