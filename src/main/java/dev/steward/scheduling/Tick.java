package dev.steward.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/** Asks each feature what is due and runs each unit in isolation, so one failing team does not stop the others. */
@Component
public class Tick {

	private static final Logger log = LoggerFactory.getLogger(Tick.class);

	private final List<DueWork> work;

	private final Clock clock;

	public Tick(List<DueWork> work, Clock clock) {
		this.work = work;
		this.clock = clock;
	}

	/** Runs one tick at the clock's current instant; returns how many units failed. */
	public int run() {
		Instant now = clock.instant();
		int failures = 0;
		for (DueWork feature : work) {
			failures += runFeature(feature, now);
		}
		return failures;
	}

	private int runFeature(DueWork feature, Instant now) {
		List<Long> units;
		try {
			units = feature.units(now);
		}
		catch (RuntimeException ex) {
			log.error("Tick: {} could not list its work", feature.name(), ex);
			return 1;
		}
		int failures = 0;
		for (long unit : units) {
			try {
				feature.runDue(unit, now);
			}
			catch (RuntimeException ex) {
				failures++;
				log.error("Tick: {} failed for team {}", feature.name(), unit, ex);
			}
		}
		return failures;
	}

}
