package dev.steward.sprint;

import dev.steward.delivery.DeliveryQueue;
import dev.steward.i18n.Words;
import dev.steward.impediment.ImpedimentChanged;
import dev.steward.impediment.ImpedimentLog;
import dev.steward.team.TeamRepository;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Offers whoever resolved an impediment to record a lesson from it. */
@Component
class SprintListener {

	private final ImpedimentLog impediments;

	private final DeliveryQueue deliveries;

	private final TeamRepository teams;

	SprintListener(ImpedimentLog impediments, DeliveryQueue deliveries, TeamRepository teams) {
		this.impediments = impediments;
		this.deliveries = deliveries;
		this.teams = teams;
	}

	/** The words of whoever resolved it: their own, else their team's. */
	private Words words(ImpedimentLog.Located found) {
		return teams.member(found.team().id(), found.impediment().resolvedBy())
			.map((member) -> member.words(found.team()))
			.orElse(found.team().words());
	}

	@EventListener
	void on(ImpedimentChanged changed) {
		if (changed.change() != ImpedimentChanged.Change.RESOLVED) {
			return;
		}
		impediments.find(changed.impedimentId())
			.filter((found) -> !ImpedimentLog.STEWARD.equals(found.impediment().resolvedBy()))
			.ifPresent((found) -> deliveries.post(
					"lesson-offer:" + found.impediment().id() + ":" + found.impediment().resolvedAt().getEpochSecond(),
					found.team().direct(found.impediment().resolvedBy()),
					SprintMessages.lessonOffer(words(found), found.impediment())));
	}

}
