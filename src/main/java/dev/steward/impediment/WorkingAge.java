package dev.steward.impediment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import dev.steward.team.CalendarRepository;
import dev.steward.team.Member;
import dev.steward.team.Team;
import dev.steward.team.TeamCalendar;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;

/**
 * An impediment's age in its team's working time: working days and hours only, without holidays, without the days
 * its owner is away, and without the time it spent snoozed.
 */
@Component
public class WorkingAge {

	private static final int MAX_AWAY_DAYS = 400;

	private final CalendarRepository calendars;

	private final TeamRepository teams;

	WorkingAge(CalendarRepository calendars, TeamRepository teams) {
		this.calendars = calendars;
		this.teams = teams;
	}

	public TeamCalendar calendar(Team team) {
		return calendars.calendar(team);
	}

	/** The days the owner is away, which do not count towards the age. */
	public Set<LocalDate> ownerAway(Impediment impediment) {
		return teams.member(impediment.teamId(), impediment.ownerId()).map(WorkingAge::awayDays).orElse(Set.of());
	}

	private static Set<LocalDate> awayDays(Member member) {
		Set<LocalDate> days = new HashSet<>();
		if (member.awayFrom() != null && member.awayUntil() != null) {
			LocalDate day = member.awayFrom();
			for (int i = 0; !day.isAfter(member.awayUntil()) && i < MAX_AWAY_DAYS; i++, day = day.plusDays(1)) {
				days.add(day);
			}
		}
		return days;
	}

	public Duration of(Impediment impediment, Team team, Instant now) {
		return of(impediment, calendar(team), ownerAway(impediment), now);
	}

	/** The age with a calendar and days off already known, for scans over many impediments of one team. */
	public Duration of(Impediment impediment, TeamCalendar calendar, Set<LocalDate> away, Instant now) {
		if (impediment.resolvedWorkingTime() != null) {
			return impediment.resolvedWorkingTime();
		}
		Instant end = impediment.resolvedAt() != null ? impediment.resolvedAt() : now;
		Duration age = calendar.between(impediment.climbStartedAt(), end, away).minus(impediment.paused());
		if (impediment.status() == ImpedimentStatus.SNOOZED && impediment.snoozedAt() != null) {
			age = age.minus(calendar.between(impediment.snoozedAt(), end, away));
		}
		return age.isNegative() ? Duration.ZERO : age;
	}

}
