package dev.steward.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import dev.steward.storage.DatabaseOutage;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Asks each feature what is due and runs each unit in isolation, a few at once where the feature allows it, so one
 * failing team does not stop the others; when the database cannot be reached it stops, leaving what is due to the
 * next tick. Each feature's part is timed ({@code steward.tick.duration} by {@code work}), and its log lines carry
 * {@code tick}, {@code unit} and, where the feature names it, {@code team} in the MDC.
 */
@Component
public class Tick implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Tick.class);

	private static final String TICK = "tick";

	private static final String UNIT = "unit";

	private static final String TEAM = "team";

	private final List<DueWork> work;

	private final Clock clock;

	private final DatabaseOutage outage;

	private final MeterRegistry meters;

	private final ExecutorService workers;

	public Tick(List<DueWork> work, Clock clock, DatabaseOutage outage, MeterRegistry meters,
			SchedulingProperties properties) {
		this.work = work;
		this.clock = clock;
		this.outage = outage;
		this.meters = meters;
		CustomizableThreadFactory threads = new CustomizableThreadFactory("tick-worker-");
		threads.setDaemon(true);
		this.workers = Executors.newFixedThreadPool(properties.workers(), threads);
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
		try {
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
		AtomicBoolean away = new AtomicBoolean();
		if (units.size() == 1 || !feature.unitsIndependent()) {
			int failures = 0;
			for (long unit : units) {
				failures += runUnit(feature, unit, now, away);
			}
			return failures;
		}
		List<CompletableFuture<Integer>> runs = new ArrayList<>(units.size());
		for (long unit : units) {
			runs.add(CompletableFuture.supplyAsync(() -> runUnit(feature, unit, now, away), workers));
		}
		int failures = 0;
		DatabaseAway lost = null;
		for (CompletableFuture<Integer> run : runs) {
			try {
				failures += run.join();
			}
			catch (CompletionException ex) {
				if (!(ex.getCause() instanceof DatabaseAway cause)) {
					throw ex;
				}
				lost = cause;
			}
		}
		if (lost != null) {
			throw lost;
		}
		return failures;
	}

	/**
	 * Runs one unit, on whichever thread, unless another found the database gone (then the rest wait for the next
	 * tick); 1 when it failed for a reason of its own, and an outage thrown on.
	 */
	private int runUnit(DueWork feature, long unit, Instant now, AtomicBoolean away) {
		if (away.get()) {
			return 0;
		}
		MDC.put(TICK, feature.name());
		MDC.put(UNIT, Long.toString(unit));
		try {
			feature.runDue(unit, now);
			return 0;
		}
		catch (RuntimeException ex) {
			if (DatabaseOutage.isOutage(ex)) {
				away.set(true);
			}
			DatabaseAway.rethrowIfOutage(ex);
			log.error("Tick: {} failed for team {}", feature.name(), unit, ex);
			return 1;
		}
		finally {
			MDC.remove(TEAM);
			MDC.remove(UNIT);
			MDC.remove(TICK);
		}
	}

	/** Names the team the unit being run is about in the log context; the tick clears it after the unit. */
	public static void aboutTeam(long teamId) {
		MDC.put(TEAM, Long.toString(teamId));
	}

	@Override
	public void destroy() {
		workers.shutdownNow();
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
