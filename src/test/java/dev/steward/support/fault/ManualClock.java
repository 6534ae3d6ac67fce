package dev.steward.support.fault;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test moves it, to drive the stand-ins' rate windows, outages and storms. */
public final class ManualClock extends Clock {

	private volatile Instant now;

	public ManualClock(Instant start) {
		this.now = start;
	}

	public synchronized void advance(Duration duration) {
		now = now.plus(duration);
	}

	public void set(Instant instant) {
		now = instant;
	}

	@Override
	public Instant instant() {
		return now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	/** Only UTC: the stand-ins read instants, never local times. */
	@Override
	public Clock withZone(ZoneId zone) {
		if (!ZoneOffset.UTC.equals(zone)) {
			throw new UnsupportedOperationException("A ManualClock is in UTC");
		}
		return this;
	}

}
