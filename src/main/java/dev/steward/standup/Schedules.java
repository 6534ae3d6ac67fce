package dev.steward.standup;

import dev.steward.team.CalendarRepository;
import dev.steward.team.Team;
import dev.steward.team.TeamCalendar;

import org.springframework.stereotype.Component;

/** Builds a stand-up's schedule from its settings, its team's zone and working calendar, and the catch-up window. */
@Component
class Schedules {

	private final CalendarRepository calendars;

	private final StandupProperties properties;

	Schedules(CalendarRepository calendars, StandupProperties properties) {
		this.calendars = calendars;
		this.properties = properties;
	}

	TeamCalendar calendar(Team team) {
		return calendars.calendar(team);
	}

	StandupSchedule of(StandupConfig config, Team team) {
		return new StandupSchedule(config, team.zone(), calendars.calendar(team), properties.catchUp());
	}

}
