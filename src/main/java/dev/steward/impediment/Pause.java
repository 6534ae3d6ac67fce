package dev.steward.impediment;

import java.time.Duration;
import java.time.Instant;

/**
 * A finished snooze: from when to when the impediment's age stood still.
 *
 * @param startedAt when the snooze started
 * @param endedAt when it ended (woken, resolved or merged)
 * @param legacyWorkingTime for pauses recorded before their start was kept (start equals end), the working time they
 * lasted; zero otherwise
 */
public record Pause(Instant startedAt, Instant endedAt, Duration legacyWorkingTime) {

	boolean isLegacy() {
		return startedAt.equals(endedAt);
	}

}
