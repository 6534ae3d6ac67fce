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
 * @param fromCalendar whether it came from the person's calendar feed (replaced at each reading) rather than by hand
 */
public record Leave(long id, LocalDate firstDay, LocalDate lastDay, boolean fromCalendar) {

	/** Leave entered by hand. */
	public Leave(long id, LocalDate firstDay, LocalDate lastDay) {
		this(id, firstDay, lastDay, false);
	}

	public boolean covers(LocalDate date) {
		return !date.isBefore(firstDay) && !date.isAfter(lastDay);
	}

	/** The number of calendar days, both ends included. */
	public long days() {
		return ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
	}

	/** Whether it shares a day with the other. */
	public boolean overlaps(Leave other) {
		return !other.lastDay.isBefore(firstDay) && !other.firstDay.isAfter(lastDay);
	}

}
