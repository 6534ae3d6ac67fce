package dev.steward.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import dev.steward.storage.DatabaseOutage;

import org.springframework.stereotype.Component;

/**
 * Asks each feature what is due and runs each unit in isolation, so one failing team does not stop the others; when
 * the database cannot be reached it stops, leaving what is due to the next tick. Each feature's part is timed
 * ({@code steward.tick.duration} by {@code work}), and its log lines carry {@code tick}, {@code unit} and, where the
 * feature names it, {@code team} in the MDC.
 */
@Component
public class Tick {

	private static final Logger log = LoggerFactory.getLogger(Tick.class);

	private static final String TEAM = "team";

	private final List<DueWork> work;

	private final Clock clock;

	private final DatabaseOutage outage;

	private final MeterRegistry meters;

	public Tick(List<DueWork> work, Clock clock, DatabaseOutage outage, MeterRegistry meters) {
		this.work = work;
		this.clock = clock;
		this.outage = outage;
		this.meters = meters;
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
		Timer.Sample sample = Timer.start(meters);
		try (MDC.MDCCloseable tick = MDC.putCloseable("tick", feature.name())) {
			return runUnits(feature, now);
		}
		finally {
			sample.stop(Timer.builder("steward.tick.duration")
				.description("How long one tick's part of each kind of work took")
				.tag("work", feature.name())
				.register(meters));
		}
	}

	private int runUnits(DueWork feature, Instant now) {
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
			try (MDC.MDCCloseable current = MDC.putCloseable("unit", Long.toString(unit))) {
				feature.runDue(unit, now);
			}
			catch (RuntimeException ex) {
				DatabaseAway.rethrowIfOutage(ex);
				failures++;
				log.error("Tick: {} failed for team {}", feature.name(), unit, ex);
			}
			finally {
				MDC.remove(TEAM);
			}
		}
		return failures;
	}

	/** Names the team the unit being run is about in the log context; the tick clears it after the unit. */
	public static void aboutTeam(long teamId) {
		MDC.put(TEAM, Long.toString(teamId));
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
