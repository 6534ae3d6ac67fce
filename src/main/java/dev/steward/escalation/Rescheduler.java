package dev.steward.escalation;

import dev.steward.impediment.ImpedimentLog;
import dev.steward.team.Team;

import org.springframework.stereotype.Component;

/** Recomputes the next check of every open impediment of a team after its ladder or calendar changed. */
@Component
class Rescheduler {

	private static final int MAX = 10_000;

	private final ImpedimentLog impediments;

	private final Escalator escalator;

	Rescheduler(ImpedimentLog impediments, Escalator escalator) {
		this.impediments = impediments;
		this.escalator = escalator;
	}

	void rescheduleTeam(Team team) {
		impediments.activeByTeam(team, MAX)
			.forEach((impediment) -> impediments.find(impediment.id())
				.ifPresent((found) -> impediments.scheduleCheck(impediment.id(), escalator.nextCheck(found))));
	}

}
