package dev.steward.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock the whole application reads: the system clock, shifted by an offset that only the sandbox's clock
 * control and tests change, or frozen at an instant in tests.
 */
public class AdjustableClock extends Clock {

	private final Clock base;

	private volatile Duration offset = Duration.ZERO;

	private volatile Instant frozenAt;

	public AdjustableClock(Clock base) {
		this.base = base;
	}

	public static AdjustableClock system() {
		return new AdjustableClock(Clock.systemUTC());
	}

	/** Moves the clock forward (or back, with a negative duration). */
	public synchronized void advance(Duration duration) {
		if (frozenAt != null) {
			frozenAt = frozenAt.plus(duration);
		}
		else {
			offset = offset.plus(duration);
		}
	}

	/** Stops the clock at the instant; it stays there until advanced or resumed. */
	public synchronized void freezeAt(Instant instant) {
		frozenAt = instant;
	}

	/** Lets the clock run again from the system time, without offset. */
	public synchronized void reset() {
		frozenAt = null;
		offset = Duration.ZERO;
	}

	@Override
	public Instant instant() {
		Instant frozen = frozenAt;
		return frozen != null ? frozen : base.instant().plus(offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

}
