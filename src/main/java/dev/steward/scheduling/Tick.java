package dev.steward.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.storage.DatabaseOutage;

import org.springframework.stereotype.Component;

/**
 * Asks each feature what is due and runs each unit in isolation, so one failing team does not stop the others; when
 * the database cannot be reached it stops, leaving what is due to the next tick.
 */
@Component
public class Tick {

	private static final Logger log = LoggerFactory.getLogger(Tick.class);

	private final List<DueWork> work;

	private final Clock clock;

	private final DatabaseOutage outage;

	public Tick(List<DueWork> work, Clock clock, DatabaseOutage outage) {
		this.work = work;
		this.clock = clock;
		this.outage = outage;
	}

	/** Runs one tick at the clock's current instant; returns how many units failed (one when it stopped early). */
	public int run() {
		Instant now = clock.instant();
		int failures = 0;
		for (DueWork feature : work) {
			try {
				failures += runFeature(feature, now);
			}
			catch (DatabaseAway ex) {
				outage.unreachable("the tick (" + feature.name() + ")", ex.getCause());
				return failures + 1;
			}
		}
		return failures;
	}

	private int runFeature(DueWork feature, Instant now) {
		List<Long> units;
		try {
			units = feature.units(now);
		}
		catch (RuntimeException ex) {
			DatabaseAway.rethrowIfOutage(ex);
			log.error("Tick: {} could not list its work", feature.name(), ex);
			return 1;
		}
		outage.reachable();
		int failures = 0;
		for (long unit : units) {
			try {
				feature.runDue(unit, now);
			}
			catch (RuntimeException ex) {
				DatabaseAway.rethrowIfOutage(ex);
				failures++;
				log.error("Tick: {} failed for team {}", feature.name(), unit, ex);
			}
		}
		return failures;
	}

	/** Carries an outage out of a feature's run: the rest of the tick would only wait for connections. */
	private static final class DatabaseAway extends RuntimeException {

		private DatabaseAway(RuntimeException cause) {
			super(cause.getMessage(), cause, false, false);
		}

		static void rethrowIfOutage(RuntimeException ex) {
			if (DatabaseOutage.isOutage(ex)) {
				throw new DatabaseAway(ex);
			}
		}

	}

}
