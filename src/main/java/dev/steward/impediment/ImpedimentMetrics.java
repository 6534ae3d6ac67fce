package dev.steward.impediment;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Counts the impediments opened ({@code steward.impediments.opened}) once the change that opened them commits. */
@Component
class ImpedimentMetrics {

	private final Counter opened;

	ImpedimentMetrics(MeterRegistry meters) {
		this.opened = Counter.builder("steward.impediments.opened")
			.description("Impediments opened, from stand-up blockers or /impediment log")
			.register(meters);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void changed(ImpedimentChanged change) {
		if (change.change() == ImpedimentChanged.Change.OPENED) {
			opened.increment();
		}
	}

}
