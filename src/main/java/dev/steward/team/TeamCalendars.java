package dev.steward.team;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes teams' working calendars and holidays, and tells the features that schedule by them
 * ({@link CalendarChanged}).
 */
@Service
public class TeamCalendars {

	/** The most holidays one change may add, so a pasted list of years of dates is refused, not stored. */
	public static final int MAX_ADDED = 100;

	/** The most holidays a team keeps. */
	public static final int MAX_KEPT = 500;

	private final CalendarRepository calendars;

	private final ApplicationEventPublisher events;

	TeamCalendars(CalendarRepository calendars, ApplicationEventPublisher events) {
		this.calendars = calendars;
		this.events = events;
	}

	public TeamCalendar calendar(Team team) {
		return calendars.calendar(team);
	}

	/** The team's own holidays with their names (null when unnamed). */
	public Map<LocalDate, String> holidays(Team team) {
		return calendars.holidays(team.id());
	}

	/** Saves working days, hours and the country of public holidays. */
	@Transactional
	public void save(Team team, TeamCalendar calendar) {
		calendars.save(team.id(), calendar);
		events.publishEvent(new CalendarChanged(team.id()));
	}

	@Transactional
	public void addHolidays(Team team, Map<LocalDate, String> holidays) {
		calendars.addHolidays(team.id(), holidays);
		events.publishEvent(new CalendarChanged(team.id()));
	}

	/** Removes the holidays; returns how many there were. */
	@Transactional
	public int removeHolidays(Team team, Set<LocalDate> days) {
		int removed = calendars.removeHolidays(team.id(), days);
		events.publishEvent(new CalendarChanged(team.id()));
		return removed;
	}

	/**
	 * Makes the team's holidays from its calendar feed, from today on, the given days, except days that are holidays
	 * entered by hand (never touched); tells the features that schedule by the calendar when anything changed.
	 * @return whether the holidays changed
	 */
	@Transactional
	public boolean replaceFromCalendar(Team team, Map<LocalDate, String> days, LocalDate today) {
		Map<LocalDate, String> current = calendars.calendarHolidays(team.id(), today);
		Set<LocalDate> byHand = new java.util.HashSet<>(calendars.holidays(team.id()).keySet());
		byHand.removeAll(current.keySet());
		Map<LocalDate, String> wanted = new java.util.TreeMap<>(days);
		wanted.keySet().removeIf((day) -> day.isBefore(today) || byHand.contains(day));
		if (wanted.equals(new java.util.TreeMap<>(current))) {
			return false;
		}
		calendars.replaceCalendarHolidays(team.id(), today, wanted);
		events.publishEvent(new CalendarChanged(team.id()));
		return true;
	}

	/** Replaces all the team's own holidays. */
	@Transactional
	public void replaceHolidays(Team team, Set<LocalDate> days) {
		calendars.removeHolidays(team.id(), calendars.holidays(team.id()).keySet());
		Map<LocalDate, String> unnamed = new java.util.HashMap<>();
		days.forEach((day) -> unnamed.put(day, null));
		calendars.addHolidays(team.id(), unnamed);
		events.publishEvent(new CalendarChanged(team.id()));
	}

}
