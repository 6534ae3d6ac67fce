package dev.steward.standup;

import java.time.LocalDate;

/**
 * A stand-up paused by a PM: no stand-up from the first day to the last, inclusive, or until resumed.
 *
 * @param from the first paused day
 * @param until the last paused day, or null for until someone resumes it
 * @param by the PM who paused it
 */
record StandupPause(LocalDate from, LocalDate until, String by) {

	boolean covers(LocalDate date) {
		return !date.isBefore(from) && (until == null || !date.isAfter(until));
	}

}
