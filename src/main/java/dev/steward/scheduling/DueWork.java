package dev.steward.scheduling;

import java.time.Instant;
import java.util.List;

/** A feature's part of the tick: it names the units it looks after and does what is due for one of them. */
public interface DueWork {

	/** A short name for logs, such as {@code standup}. */
	String name();

	/** The units to look at this tick (usually team ids); each is processed on its own. */
	List<Long> units(Instant now);

	/**
	 * Does what is due for one unit. It must be idempotent: persisted markers decide what is due since the last
	 * tick, so a repeated or missed tick neither doubles nor skips anything.
	 */
	void runDue(long unit, Instant now);

	/**
	 * Whether its units share nothing a concurrent run could race on (each its own rows, its own messages), so the
	 * tick may run several at once; by default they run one after another.
	 */
	default boolean unitsIndependent() {
		return false;
	}

}
