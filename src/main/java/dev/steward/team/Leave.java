package dev.steward.team;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One period of leave: the person gets no prompts and shows as away, and the ages of the impediments they own stand
 * still.
 *
 * @param id the row id
 * @param firstDay the first day away
 * @param lastDay the last day away
 */
public record Leave(long id, LocalDate firstDay, LocalDate lastDay) {

	public boolean covers(LocalDate date) {
		return !date.isBefore(firstDay) && !date.isAfter(lastDay);
	}

	/** The number of calendar days, both ends included. */
	public long days() {
		return ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
	}

}
