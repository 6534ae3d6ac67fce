package dev.steward.sprint;

import dev.steward.delivery.DeliveryQueue;
import dev.steward.impediment.ImpedimentChanged;
import dev.steward.impediment.ImpedimentLog;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Offers whoever resolved an impediment to record a lesson from it. */
@Component
class SprintListener {

	private final ImpedimentLog impediments;

	private final DeliveryQueue deliveries;

	SprintListener(ImpedimentLog impediments, DeliveryQueue deliveries) {
		this.impediments = impediments;
		this.deliveries = deliveries;
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
					SprintMessages.lessonOffer(found.impediment())));
	}

}
